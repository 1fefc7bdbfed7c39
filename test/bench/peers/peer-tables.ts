import { formatMs, percentile } from '../latency.js';
import { MONOLITH } from './configurations.js';
import type { Cell } from './measure-cell.js';
import type { PeerRun } from './run-peers.js';

/** The per-request figures of one cell, derived once for both tables. */
interface Figures {
  requestsPerSecond: number;
  gatewayCpuMs: number;
  subgraphCpuMs: number;
  totalCpuMs: number;
  calls: number;
  loadCalls: number;
  statements: number;
}

function figuresOf(cell: Cell): Figures | undefined {
  if (cell.measuredRequests === 0 || cell.loadRequests === 0) return undefined;
  const gatewayCpuMs = cell.gatewayCpuMs / cell.loadRequests;
  const subgraphCpuMs = cell.subgraphCpuMs / cell.loadRequests;
  return {
    requestsPerSecond: cell.requests / cell.seconds,
    gatewayCpuMs,
    subgraphCpuMs,
    totalCpuMs: gatewayCpuMs + subgraphCpuMs,
    calls: cell.subgraphCalls / cell.measuredRequests,
    loadCalls: cell.loadSubgraphCalls / cell.loadRequests,
    statements: cell.statements / cell.measuredRequests,
  };
}

const fixed = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const rate = (value: number) => value.toFixed(value < 10 ? 1 : 0);
const ratio = (value: number, base: number | undefined) => (base ? `${(value / base).toFixed(2)}×` : '—');

function markdown(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/**
 * The peer table of one run: per workload and configuration, throughput and
 * total CPU per request as ratios to the monolith, latency at the fixed rate,
 * CPU split between gateway and subgraph processes, calls and SQL per
 * request (and calls per request under concurrency), peak RSS, and whether the `data` matches the monolith's.
 */
export function peerTable(run: PeerRun): string {
  const header = ['workload', 'configuration', 'req/s', 'req/s vs monolith', 'p50', 'p95', 'p99', 'gw CPU ms/req', 'subgraph CPU ms/req', 'total CPU ms/req', 'CPU vs monolith', 'calls/req', 'calls/req under load', 'SQL/req', 'gw peak RSS MiB', 'subgraphs peak RSS MiB', 'data'];
  const rows: string[][] = [];
  for (const [workload, byConfiguration] of run.cells) {
    const monolithCell = byConfiguration.get(MONOLITH);
    const monolith = monolithCell && figuresOf(monolithCell);
    const reference = monolithCell?.hash ?? byConfiguration.get('ours')?.hash;
    for (const [configuration, cell] of byConfiguration) {
      const figures = figuresOf(cell);
      if (!figures) {
        rows.push([workload, configuration, '—', ...Array(header.length - 4).fill(''), cell.error ?? 'no requests']);
        continue;
      }
      rows.push([
        workload,
        configuration,
        rate(figures.requestsPerSecond),
        ratio(figures.requestsPerSecond, monolith?.requestsPerSecond),
        formatMs(percentile(cell.latencies, 0.5)),
        formatMs(percentile(cell.latencies, 0.95)),
        formatMs(percentile(cell.latencies, 0.99)),
        fixed(figures.gatewayCpuMs),
        fixed(figures.subgraphCpuMs),
        fixed(figures.totalCpuMs),
        ratio(figures.totalCpuMs, monolith?.totalCpuMs),
        fixed(figures.calls),
        fixed(figures.loadCalls),
        fixed(figures.statements),
        cell.gatewayPeakRssMb.toFixed(0),
        cell.subgraphPeakRssMb > 0 ? cell.subgraphPeakRssMb.toFixed(0) : '—',
        cell.error ?? (cell.hash === reference ? `same (${cell.hash})` : `DIFFERS (${cell.hash} vs ${reference})`),
      ]);
    }
  }
  return markdown(header, rows);
}

/**
 * Subgraph CPU per request process by process, for each configuration that
 * calls subgraphs: where a federated request's cost beyond the gateway goes.
 */
export function subgraphCpuTable(run: PeerRun): string {
  const names = [...new Set([...run.cells.values()].flatMap((byConfiguration) => [...byConfiguration.values()].flatMap((cell) => Object.keys(cell.subgraphCpuMsByProcess))))];
  const header = ['workload', 'configuration', ...names.map((name) => `${name.replace(/ subgraph$/, '')} CPU ms/req`)];
  const rows: string[][] = [];
  for (const [workload, byConfiguration] of run.cells) {
    for (const [configuration, cell] of byConfiguration) {
      if (cell.loadRequests === 0 || Object.keys(cell.subgraphCpuMsByProcess).length === 0) continue;
      rows.push([workload, configuration, ...names.map((name) => fixed((cell.subgraphCpuMsByProcess[name] ?? 0) / cell.loadRequests))]);
    }
  }
  return markdown(header, rows);
}

/**
 * The scale table: the same workloads at each population, with total CPU per
 * request as a multiple of the smallest population's (how cost per request
 * grows with the data) and of the monolith's at the same size.
 */
export function scaleTable(runs: readonly PeerRun[]): string {
  const header = ['workload', 'configuration', 'people', 'req/s', 'p50', 'p95', 'total CPU ms/req', 'CPU vs smallest', 'CPU vs monolith', 'SQL/req'];
  const rows: string[][] = [];
  const smallest = runs[0];
  // Workloads every population ran: the smallest also runs the others, for the peer table.
  const workloads = [...(smallest?.cells.keys() ?? [])].filter((workload) => runs.every((run) => run.cells.has(workload)));
  for (const workload of workloads) {
    for (const configuration of smallest.cells.get(workload)!.keys()) {
      const base = figuresOf(smallest.cells.get(workload)!.get(configuration)!);
      for (const run of runs) {
        const cell = run.cells.get(workload)?.get(configuration);
        const figures = cell && figuresOf(cell);
        const people = run.population.toLocaleString('en-GB');
        if (!cell || !figures) {
          rows.push([workload, configuration, people, '—', '', '', '', '', '', cell?.error ?? 'not run']);
          continue;
        }
        const monolithCell = run.cells.get(workload)?.get(MONOLITH);
        const monolith = monolithCell && figuresOf(monolithCell);
        rows.push([
          workload,
          configuration,
          people,
          rate(figures.requestsPerSecond),
          formatMs(percentile(cell.latencies, 0.5)),
          formatMs(percentile(cell.latencies, 0.95)),
          fixed(figures.totalCpuMs),
          ratio(figures.totalCpuMs, base?.totalCpuMs),
          ratio(figures.totalCpuMs, monolith?.totalCpuMs),
          fixed(figures.statements),
        ]);
      }
    }
  }
  return markdown(header, rows);
}
