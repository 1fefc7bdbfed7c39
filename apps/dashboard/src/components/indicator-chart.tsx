import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { monthIndex } from '../months.js';

export interface IndicatorSeries {
  name: string;
  unit: string;
  baseline: number;
  baselinePeriod: string;
  target: number;
  targetDate: string;
  values: readonly { period: string; value?: number | null; suppressed: boolean }[];
}

/** Where the straight line from baseline (at its period) to target (at its date) stands in `period`. */
function trajectoryAt(series: IndicatorSeries, period: string): number {
  const start = monthIndex(series.baselinePeriod);
  const end = monthIndex(series.targetDate.slice(0, 7));
  if (end <= start) return series.target;
  const share = Math.min(1, Math.max(0, (monthIndex(period) - start) / (end - start)));
  return Math.round((series.baseline + (series.target - series.baseline) * share) * 100) / 100;
}

/**
 * One indicator's values by period as a line (one point per published
 * period; a suppressed period leaves a gap, never a zero), against its
 * baseline and target and the trajectory between them.
 */
export function IndicatorChart({ series }: { series: IndicatorSeries }) {
  const data = series.values.map((point) => ({
    period: point.period,
    value: point.suppressed ? null : (point.value ?? null),
    trajectory: trajectoryAt(series, point.period),
  }));
  return (
    <figure className="chart" data-testid="indicator-chart" data-periods={data.length}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 10, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {/* Every period labelled (interval 0), slanted to fit two years of months. */}
          <XAxis dataKey="period" interval={0} angle={-45} textAnchor="end" height={56} tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <ReferenceLine y={series.baseline} stroke="#6b6b6b" strokeDasharray="4 4" label={{ value: `baseline ${series.baseline}`, position: 'insideTopLeft', fontSize: 12 }} />
          <ReferenceLine y={series.target} stroke="#00703c" strokeDasharray="4 4" label={{ value: `target ${series.target}`, position: 'insideBottomLeft', fontSize: 12 }} />
          <Line name="Trajectory to target" dataKey="trajectory" stroke="#00703c" strokeDasharray="6 3" dot={false} isAnimationActive={false} />
          <Line name={series.name} dataKey="value" className="indicator-values" stroke="#1d70b8" strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <figcaption>
        {data.every((point) => point.value === null) && <strong>Every period in this window is suppressed or has no value, so there is no line to draw. </strong>}
        {series.name} ({series.unit}) by period, against the baseline of {series.baseline} ({series.baselinePeriod}) and the target of {series.target} by {series.targetDate}.
      </figcaption>
    </figure>
  );
}
