const LABELS: Record<string, string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  NOT_ENOUGH_DATA: 'Not enough data',
  IMPROVING: 'Improving',
  WORSENING: 'Worsening',
  NO_CHANGE: 'No change',
};

/** A status or trend in words (colour only repeats what the words say). */
export function StatusBadge({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="badge">unknown</span>;
  return <span className={`badge badge-${value.toLowerCase().replaceAll('_', '-')}`}>{LABELS[value] ?? value}</span>;
}

export const statusLabel = (value: string | null | undefined) => (value ? (LABELS[value] ?? value) : '');
