/** A GraphQL answer: `status` the HTTP status, or 0 when the connection itself failed (refused, reset). */
export interface Answer {
  status: number;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/** POSTs a GraphQL document; a connection that fails is an answer too (status 0), never a throw. */
export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  } catch {
    return { status: 0 };
  }
}

export async function login(url: string, email: string): Promise<string> {
  const answer = await gql(
    url,
    `mutation($e: String!) { login(email: $e, password: "frameledger") { token } }`,
    {
      e: email,
    },
  );
  if (!answer.data) throw new Error(`login failed for ${email}: ${JSON.stringify(answer)}`);
  return answer.data.login.token;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` is true, giving up with `what` after `limitMs`. */
export async function until(done: () => boolean | Promise<boolean>, limitMs: number, what: string) {
  const deadline = Date.now() + limitMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${limitMs / 1000} s`);
    await sleep(50);
  }
}
