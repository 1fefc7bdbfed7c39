import cliProgress from 'cli-progress';

export interface StageOptions {
  /** How many units the stage will do, when known; without it only the duration is reported. */
  total?: number;
  /** What is counted, e.g. "rows" or "requests". */
  unit?: string;
  /** Where the finished stage's line goes (default: stdout). */
  log?: (line: string) => void;
  /** Where a live bar is drawn (default: stderr, so piped output stays clean). */
  stream?: NodeJS.WriteStream;
}

export interface Stage {
  /** Counts `count` more units done. */
  tick(count?: number): void;
  /** Ends the stage, printing one line with what was done and how long it took; returns the seconds taken. */
  finish(summary?: string): number;
}

/**
 * A live bar only for a person watching a terminal; CI logs, pipes and files
 * get one line per stage (a bar redrawn there is noise, and its last frame
 * says nothing about duration).
 */
export function stageOutputIsLive(stream: NodeJS.WriteStream = process.stderr): boolean {
  return Boolean(stream.isTTY) && !process.env.CI && process.env.TERM !== 'dumb';
}

/**
 * Starts one stage of long work. In a terminal with a known total, a bar
 * shows done / total, the rate and the time left while it runs; everywhere,
 * finishing prints `<name>: <done> <unit> in <s> s (<rate>/s)`.
 */
export function startStage(name: string, options: StageOptions = {}): Stage {
  const { total, unit = 'items', log = (line: string) => console.log(line), stream = process.stderr } = options;
  const started = performance.now();
  let done = 0;
  const bar =
    total !== undefined && total > 0 && stageOutputIsLive(stream)
      ? new cliProgress.SingleBar(
          {
            stream,
            format: `  ${name} [{bar}] {value}/{total} ${unit} | {rate}/s | {eta_formatted} left`,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
            fps: 5,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(total!, 0, { rate: '0' });
  return {
    tick(count = 1) {
      done += count;
      const seconds = (performance.now() - started) / 1000;
      bar?.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toLocaleString('en-GB') : '0' });
    },
    finish(summary) {
      bar?.stop();
      const seconds = (performance.now() - started) / 1000;
      const counted = done > 0 ? `${done.toLocaleString('en-GB')} ${unit} in ` : '';
      // A rate is worth printing only for many small units (rows, requests), not for five agencies.
      const rate = done / seconds >= 10 ? ` (${Math.round(done / seconds).toLocaleString('en-GB')} ${unit}/s)` : '';
      log(`${name}: ${summary ? `${summary}, ` : ''}${counted}${seconds.toFixed(1)} s${rate}`);
      return seconds;
    },
  };
}
