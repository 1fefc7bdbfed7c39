import { afterEach, describe, expect, it, vi } from 'vitest';
import { startStage, stageOutputIsLive } from '../stage.js';

const pipe = { isTTY: false } as NodeJS.WriteStream;
const terminal = { isTTY: true } as NodeJS.WriteStream;

describe('progress of long work', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('prints one line per stage outside a terminal: what was done, how long it took, the rate', async () => {
    const lines: string[] = [];
    const stage = startStage('health: seeding', { total: 3000, unit: 'rows', log: (line) => lines.push(line), stream: pipe });
    stage.tick(1000);
    stage.tick(2000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const seconds = stage.finish();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^health: seeding: 3,000 rows in \d+\.\d s \([\d,]+ rows\/s\)$/);
    expect(seconds).toBeGreaterThan(0.01);
  });

  it('reports a stage without a count by its duration and summary', () => {
    const lines: string[] = [];
    startStage('linkage: matching', { log: (line) => lines.push(line), stream: pipe }).finish('9,866 people');
    expect(lines).toEqual([expect.stringMatching(/^linkage: matching: 9,866 people, \d+\.\d s$/)]);
  });

  it('draws a live bar only on a terminal, and never in CI', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('TERM', 'xterm');
    expect(stageOutputIsLive(terminal)).toBe(true);
    expect(stageOutputIsLive(pipe)).toBe(false);
    vi.stubEnv('CI', 'true');
    expect(stageOutputIsLive(terminal)).toBe(false);
  });
});
