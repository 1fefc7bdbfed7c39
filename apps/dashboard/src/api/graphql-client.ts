import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** One error of a GraphQL response, as the gateway sends it (masked to a code and a safe message). */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; problems?: { field: string; message: string }[]; argument?: string; [key: string]: unknown };
}

/** A response keeps its data and its errors side by side: a refused field is null, the rest still renders. */
export interface Answer<Data> {
  data: Data | null;
  errors: GraphQLErrorEntry[];
}

/** The gateway's GraphQL endpoint, on the same origin as the dashboard. */
const ENDPOINT = '/graphql';

/**
 * Sends one named operation to the gateway with the officer's token. A
 * network failure or an HTTP error without a GraphQL body becomes one error,
 * so every page handles a single shape.
 */
export async function request<Data, Variables>(
  document: TadaDocumentNode<Data, Variables>,
  variables: Variables,
  token: string,
): Promise<Answer<Data>> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    return { data: null, errors: [{ message: 'The gateway did not answer. Is `pnpm start` still running?', extensions: { code: 'NETWORK' } }] };
  }
  const body = (await response.json().catch(() => null)) as { data?: Data | null; errors?: GraphQLErrorEntry[] } | null;
  if (!body) return { data: null, errors: [{ message: `The gateway answered HTTP ${response.status} with no GraphQL body.`, extensions: { code: 'HTTP' } }] };
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
