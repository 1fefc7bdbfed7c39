import type { EvaluationReport } from './evaluate-records.js';
import type { WeightBin } from './weight-histogram.js';

/** The report as printed by the command. */
export function formatReport(report: EvaluationReport): string {
  const lines: string[] = [];
  const number = (value: number) => value.toLocaleString('en-GB');
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  lines.push(`Engine: ${report.engine}`);
  lines.push('Records per agency:');
  for (const [agency, count] of Object.entries(report.recordsByAgency)) lines.push(`  ${agency.padEnd(12)} ${number(count).padStart(10)}`);
  lines.push(`  ${'total'.padEnd(12)} ${number(report.records).padStart(10)}`);
  const linkage = report.linkage;
  lines.push(`Candidate pairs: ${number(linkage.pairsScored)} (skipped in over-large blocks: ${number(linkage.pairsSkipped)})`);
  for (const [rule, pairs] of Object.entries(linkage.pairsByRule)) lines.push(`  ${rule.padEnd(16)} ${number(pairs).padStart(12)} proposed`);
  lines.push(`Links: ${number(linkage.pairsLinked)}; review band: ${number(linkage.reviewBand)} pairs (${percent(linkage.reviewBand, report.records)} of records), holding ${number(linkage.reviewBandRecords)} records; estimated matching pairs: ${number(Math.round(linkage.matchingPairs))}`);
  for (const session of linkage.training) {
    lines.push(
      `  EM session "${session.name}": ${number(session.pairsSampled)} of ${number(session.pairsInBlocks)} pairs, ` +
        `${(session.lambda * 100).toFixed(1)}% matches, ${session.iterations} iterations${session.converged ? '' : ' (not converged)'}`,
    );
  }
  if (report.metrics) {
    const m = report.metrics;
    lines.push(`Pairwise precision: ${m.precision.toFixed(4)}`);
    lines.push(`Pairwise recall:    ${m.recall.toFixed(4)}`);
    lines.push(`Pairwise F1:        ${m.f1.toFixed(4)}`);
    lines.push(`True pairs: ${number(m.truePairs)}; found pairs: ${number(m.foundPairs)}; correct: ${number(m.correctPairs)}`);
    lines.push(`Clusters: true ${number(m.trueClusters)}, found ${number(m.foundClusters)}`);
  } else {
    lines.push(`Clusters found: ${number(linkage.clusters)} (no true_id column, so no precision or recall)`);
  }
  const t = linkage.timings;
  lines.push('Time per stage:');
  lines.push(`  check the files              ${seconds(report.checkingMs)}`);
  lines.push(`  read and encode (agencies)   ${seconds(report.encodingMs)}`);
  lines.push(`  store (partnership)          ${seconds(report.storingMs)}`);
  lines.push(`  blocking                     ${seconds(t.blockingMs)}`);
  lines.push(`  comparison levels            ${seconds(t.comparingMs)}`);
  lines.push(`  training (u, EM sessions)    ${seconds(t.trainingMs)}`);
  lines.push(`  scoring                      ${seconds(t.scoringMs)}`);
  lines.push(`  clustering                   ${seconds(t.clusteringMs)}`);
  lines.push(`  saving the run               ${seconds(t.savingMs)}`);
  lines.push(`  linking in total             ${seconds(t.totalMs)}`);
  lines.push(`  end to end                   ${seconds(report.totalMs)}`);
  lines.push(`Peak RSS: ${(report.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
  return [...lines, ...formatDiagnostics(report)].join('\n');
}

/**
 * What an analyst needs to see why the scores are what they are: where
 * blocking lost true pairs, which kinds of messiness the linkage misses, what
 * the model learnt, and where pairs fall on the match-weight scale.
 */
export function formatDiagnostics(report: EvaluationReport): string[] {
  const lines: string[] = [];
  const number = (value: number) => value.toLocaleString('en-GB');
  const share = (value: number) => value.toFixed(4);
  if (report.blocking) {
    const b = report.blocking;
    lines.push(`Blocking recall: ${share(b.recall)} (${number(b.blocked)} of ${number(b.truePairs)} true pairs share a blocking key)`);
    for (const [rule, pairs] of Object.entries(b.byRule).sort()) lines.push(`  ${rule.padEnd(16)} ${share(pairs / Math.max(1, b.truePairs))} of true pairs on its own`);
  }
  if (report.recallByNoise.length > 0) {
    lines.push('Recall by noise kind (true pairs where either record carries it):');
    lines.push(`  ${'kind'.padEnd(16)} ${'true pairs'.padStart(10)} ${'recall'.padStart(8)} ${'blocked'.padStart(8)}`);
    for (const kind of [...report.recallByNoise].sort((a, b) => a.recall - b.recall)) {
      const blocked = kind.blocked === null ? '' : share(kind.blocked / kind.truePairs);
      lines.push(`  ${kind.kind.padEnd(16)} ${number(kind.truePairs).padStart(10)} ${share(kind.recall).padStart(8)} ${blocked.padStart(8)}`);
    }
  }
  const model = report.linkage.model;
  const byKind = model.priorByKind ? `, ${model.priorByKind.withinAgency.toFixed(2)} within one agency, ${model.priorByKind.acrossAgencies.toFixed(2)} across agencies` : '';
  lines.push(`Model (prior ${Math.log2(model.lambda / (1 - model.lambda)).toFixed(2)} bits${byKind}; m = P(level | match), u = P(level | non-match)):`);
  for (const term of model.terms) {
    lines.push(`  ${term.name}`);
    for (const level of [...term.levels].reverse()) {
      const weight = Math.log2(level.m / level.u);
      lines.push(`    ${level.label.padEnd(34)} m ${level.m.toFixed(4)}  u ${level.u.toExponential(2).padStart(9)}  ${weight >= 0 ? '+' : ''}${weight.toFixed(2)} bits`);
    }
  }
  lines.push(...histogramLines(report.linkage.weightHistogram, report.linkage.matchWeightThreshold, report.linkage.reviewWeightThreshold));
  return lines;
}

/** The match-weight histogram as text: one row per bit of weight, bars on a log scale so both tails show. */
export function histogramLines(bins: readonly WeightBin[], matchWeight: number, reviewWeight: number): string[] {
  if (bins.length === 0) return [];
  const most = Math.max(...bins.map((bin) => bin.pairs));
  const lines = ['Match weight of candidate pairs (bits; bar length is log10 of the count; L = linked, R = review band):'];
  for (const bin of bins) {
    const bar = '#'.repeat(Math.max(1, Math.round((Math.log10(bin.pairs + 1) / Math.log10(most + 1)) * 50)));
    const mark = bin.from >= matchWeight ? 'L' : bin.from + 1 > reviewWeight ? 'R' : ' ';
    lines.push(`  ${String(bin.from).padStart(4)} ${mark} ${bin.pairs.toLocaleString('en-GB').padStart(10)} ${bar}`);
  }
  return lines;
}

/** A share as a percentage with one decimal ('1.8%'). */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;
}
