import { writeFile } from 'node:fs/promises';
import * as vega from 'vega';
import type { WeightBin } from './weight-histogram.js';

/**
 * The match-weight histogram as an SVG chart, rendered by Vega without a
 * browser (its `none` renderer builds the scene graph and writes SVG text).
 * The count axis is logarithmic: non-matching pairs outnumber matches a
 * hundredfold, and the review band between them would not show otherwise.
 */
export async function writeWeightChart(path: string, bins: readonly WeightBin[], thresholds: { match: number; review: number }, title: string): Promise<void> {
  const values = bins.map((bin) => ({
    from: bin.from,
    pairs: bin.pairs,
    band: bin.from >= thresholds.match ? 'linked' : bin.from + 1 > thresholds.review ? 'review band' : 'not linked',
  }));
  const spec: vega.Spec = {
    $schema: 'https://vega.github.io/schema/vega/v5.json',
    width: 640,
    height: 280,
    padding: 8,
    title: { text: title, anchor: 'start' },
    data: [{ name: 'bins', values }],
    scales: [
      { name: 'x', type: 'linear', domain: { data: 'bins', field: 'from' }, domainMax: { signal: "extent(pluck(data('bins'), 'from'))[1] + 1" }, range: 'width', zero: false, nice: false },
      { name: 'y', type: 'log', domain: { data: 'bins', field: 'pairs' }, domainMin: 1, range: 'height', nice: true },
      { name: 'colour', type: 'ordinal', domain: ['not linked', 'review band', 'linked'], range: ['#8c8c8c', '#e69f00', '#009e73'] },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', title: 'match weight (bits: prior plus log2 m/u of each comparison)', tickMinStep: 1 },
      { orient: 'left', scale: 'y', title: 'candidate pairs (log scale)', format: '~s' },
    ],
    legends: [{ fill: 'colour', orient: 'top-left', title: 'outcome' }],
    marks: [
      {
        type: 'rect',
        from: { data: 'bins' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'from', offset: 1 },
            x2: { scale: 'x', signal: 'datum.from + 1' },
            y: { scale: 'y', field: 'pairs' },
            y2: { scale: 'y', value: 1 },
            fill: { scale: 'colour', field: 'band' },
          },
        },
      },
    ],
  };
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    await writeFile(path, await view.toSVG());
  } finally {
    view.finalize();
  }
}
