import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** One process of the benchmark (a subgraph or a gateway), measured through the kernel's counters for it. */
export interface BenchProcess {
  readonly name: string;
  readonly pid: number;
  /** User plus system CPU time the process has used so far, in milliseconds. */
  cpuMs(): number;
  /** The process's peak resident set so far (VmHWM), in MiB. */
  peakRssMb(): number;
  /** Starts the peak over from the current resident set, so a peak belongs to one workload. */
  resetPeakRss(): void;
  stop(): Promise<void>;
}

/** A port free right now, for a process about to listen on it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `entry` (TypeScript, through tsx) as its own Node process, with
 * `nodeOptions` before it (`--cpu-prof`), and waits until it prints a line
 * matching `ready`; if it exits first, the error names it and shows what it
 * printed.
 */
export async function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv, ready: RegExp, options: { timeoutMs?: number; nodeOptions?: string[] } = {}): Promise<BenchProcess> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeOptions ?? []), '--import', 'tsx', entry], {
    // As deployed (the Dockerfile sets it): graphql-js skips its development-only checks in every configuration alike.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready:\n${output.slice(-2000)}`));
    });
  });
  child.removeAllListeners('exit');
  // Keep reading so a chatty process never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  const pid = child.pid!;
  return {
    name,
    pid,
    cpuMs() {
      // Fields after the command name: state is field 3, utime 14 and stime 15.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    },
    peakRssMb() {
      const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return line ? Number(line[1]) / 1024 : 0;
    },
    resetPeakRss() {
      // Writing 5 to clear_refs resets VmHWM (Linux 4.0 and later).
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
