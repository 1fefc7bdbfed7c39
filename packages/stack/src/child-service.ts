import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root: entry points are given relative to it. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface ChildServiceOptions {
  /** Shown before each output line and in errors: `health`, `gateway`, ... */
  name: string;
  /** A TypeScript entry point relative to the repository root, run with tsx, or a script (`.js`) and its arguments. */
  entry: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** Where the service answers `GET` with 200 once it is up (its `/health`). */
  healthUrl: string;
  /** Each output line, prefixed with the service's name. */
  log: (line: string) => void;
  startTimeoutMs?: number;
}

export interface ChildService {
  readonly name: string;
  readonly pid: number;
  /** The last lines the process printed, to explain a failure. */
  recentOutput(): string;
  /** SIGTERM, so the service finishes in-flight requests and closes its pools; SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Runs one service as its own process (`node --import tsx <entry> <args>`) and
 * resolves once its health URL answers, or rejects with its last output when
 * it exits or does not come up in time.
 */
export async function startChildService(options: ChildServiceOptions): Promise<ChildService> {
  const child = spawn(process.execPath, ['--import', 'tsx', options.entry, ...(options.args ?? [])], {
    cwd: REPOSITORY_ROOT,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const recent: string[] = [];
  const onLine = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    options.log(`[${options.name}] ${line}`);
  };
  forwardLines(child, onLine);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const service: ChildService = {
    name: options.name,
    pid: child.pid!,
    recentOutput: () => recent.join('\n'),
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    if (await answers(options.healthUrl)) return service;
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(`${options.name} did not answer ${options.healthUrl} within ${options.startTimeoutMs ?? 180_000} ms:\n${service.recentOutput()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${options.name} stopped while starting (exit code ${child.exitCode}):\n${service.recentOutput()}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function forwardLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line);
    });
    stream?.on('end', () => pending.trim() && onLine(pending));
  }
}
