import { useCallback, useEffect, useState } from 'react';
import type { TadaDocumentNode } from 'gql.tada';
import { useSession } from '../session/session-context.js';
import { request, type Answer } from './graphql-client.js';

export interface OperationState<Data> extends Answer<Data> {
  loading: boolean;
  reload(): void;
}

/**
 * Runs a query when the page opens and whenever its variables change. The
 * previous answer stays on screen while a new one loads.
 */
export function useQuery<Data, Variables>(document: TadaDocumentNode<Data, Variables>, variables: Variables): OperationState<Data> {
  const { token } = useSession();
  const key = JSON.stringify(variables);
  const [answer, setAnswer] = useState<Answer<Data>>({ data: null, errors: [] });
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setLoading(true);
    request(document, JSON.parse(key) as Variables, token).then((next) => {
      if (!current) return;
      setAnswer(next);
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [document, key, token, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...answer, loading, reload };
}

/** Sends a mutation on demand and returns its answer. */
export function useMutation<Data, Variables>(document: TadaDocumentNode<Data, Variables>) {
  const { token } = useSession();
  return useCallback((variables: Variables) => request(document, variables, token), [document, token]);
}

/** A fresh idempotency key per attempt: a resend of the same click is recorded once by the server. */
export const idempotencyKey = (label: string) => `dashboard-${label}-${crypto.randomUUID()}`;
