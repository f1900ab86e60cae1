import type { TypedDocumentString } from '../gql/graphql';
import { networkError, toApiError } from './errors';

export type Document<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

/**
 * POSTs one typed operation to /graphql with the bearer token. Resolves with `data`, or rejects
 * with an ApiError carrying the server's code and sentence.
 */
export async function request<TResult, TVariables>(
  document: Document<TResult, TVariables>,
  variables: TVariables,
  token: string | null,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const body = (await response.json().catch(() => null)) as { data?: TResult; errors?: [] } | null;
  if (!body) throw networkError(response.status);
  if (body.errors?.length) throw toApiError(body.errors);
  if (body.data === undefined || body.data === null) throw networkError(response.status);
  return body.data;
}
