/** What a GraphQL-over-HTTP response looked like on the wire. */
export interface GraphQLResponse<Data = any> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  /** The raw body text, for asserting what never appears in it. */
  text: string;
}

export interface RequestOptions {
  token?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Posts a query over real HTTP, as a partner app would. */
export async function postGraphQL<Data = any>(url: string, query: string, options: RequestOptions = {}): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  let body: { data?: Data | null; errors?: GraphQLResponse['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // Non-JSON answers (a proxy error page) are still returned for inspection.
  }
  return { status: response.status, data: body.data, errors: body.errors, text };
}
