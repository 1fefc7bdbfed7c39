import type { GraphQLErrorEntry } from '../api/graphql-client.js';

const TITLES: Record<string, string> = {
  FORBIDDEN: 'Not shared with you',
  SUBGRAPH_UNAVAILABLE: 'Unavailable',
  UNAUTHENTICATED: 'Signed out',
  NOT_FOUND: 'Not found',
};

/**
 * A field the gateway refused or could not fetch, shown where the data
 * would have been, with the gateway's reason, so the rest of the page still
 * makes sense.
 */
export function Refusal({ error, what }: { error: GraphQLErrorEntry; what: string }) {
  const code = error.extensions?.code ?? 'ERROR';
  return (
    <div className="refusal" role="note" data-code={code}>
      <strong>
        {what}: {TITLES[code] ?? 'Could not load'}
      </strong>{' '}
      <span className="code">{code}</span>
      <p>{error.message}</p>
    </div>
  );
}

/** Errors with no field to sit beside (a refused query as a whole). */
export function PageErrors({ errors, hasData }: { errors: readonly GraphQLErrorEntry[]; hasData: boolean }) {
  if (hasData || errors.length === 0) return null;
  return (
    <>
      {errors.map((error, index) => (
        <Refusal key={index} error={error} what="This page" />
      ))}
    </>
  );
}

/** Announced to screen readers while a page or a part of it loads. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}
