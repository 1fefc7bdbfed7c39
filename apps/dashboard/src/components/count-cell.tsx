/** A disclosure-controlled figure as it may be shown: "suppressed" (with the reason), never a zero it is not. */
export interface Controlled {
  value?: number | null;
  suppressed: boolean;
  reason?: string | null;
}

export function CountCell({ count }: { count: Controlled | null | undefined }) {
  if (!count) return <span className="muted">—</span>;
  if (count.suppressed) {
    return (
      <span className="suppressed" title={count.reason ?? 'Suppressed under disclosure control'}>
        suppressed
      </span>
    );
  }
  return <span>{count.value?.toLocaleString('en-GB') ?? '—'}</span>;
}

export const countCsv = (count: Controlled | null | undefined) => (!count ? '' : count.suppressed ? 'suppressed' : (count.value ?? ''));
