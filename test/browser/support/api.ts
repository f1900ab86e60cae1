import { DEMO_PASSWORD, serverUrl } from './browser';

/** Asks the api directly, as `email`, for what a test compares the page against. */
export async function apiQuery<T>(
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const login = await post<{ login: { token: string } }>(
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: DEMO_PASSWORD },
  );
  return post<T>(query, variables, login.login.token);
}

async function post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${serverUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data) throw new Error(`The api refused ${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}
