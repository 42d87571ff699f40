/** One GraphQL request over HTTP, for the answer checks and the statement captures (never timed). */

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export async function postGraphQL(url: string, request: GraphQLRequest): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  const text = await response.text();
  let body: { data?: unknown; errors?: unknown };
  try {
    body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  } catch {
    throw new Error(`${url}/graphql answered ${response.status} with no JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || body.errors !== undefined || body.data === undefined) {
    throw new Error(`${url}/graphql answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 1000)}\nquery: ${request.query}`);
  }
  return body.data;
}
