/** Sends a GraphQL request over real HTTP, the way any client would. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions?: { code?: string; requestId?: string; field?: string } & Record<string, unknown> }[];
  };
  headers: Headers;
}

export async function postGraphQL<T = Record<string, unknown>>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'], headers: response.headers };
}

/** The data of a request that must succeed; fails the test with the errors otherwise. */
export async function queryData<T = Record<string, unknown>>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await postGraphQL<T>(baseUrl, query, variables);
  if (status !== 200 || body.errors || !body.data) throw new Error(`GraphQL request failed (${status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}
