import { createClient, type Client } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { useSession } from '../auth/session';
import type { Document } from './client';
import { ApiError, toApiError } from './errors';

let shared: { token: string; client: Client } | undefined;

/** One WebSocket per session token, opened on first use; the token rides in connectionParams. */
function clientFor(token: string): Client {
  if (shared?.token !== token) {
    shared?.client.dispose();
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    shared = {
      token,
      client: createClient({ url, connectionParams: { authorization: `Bearer ${token}` }, lazy: true }),
    };
  }
  return shared.client;
}

/**
 * Follows a subscription while `enabled`: the latest payload, or the error that ended it.
 * Switching it off (a finished job) closes the stream.
 */
export function useSubscription<R, V>(document: Document<R, V>, variables: V, enabled: boolean) {
  const { state } = useSession();
  const token = state.status === 'signed-in' ? state.token : null;
  const key = JSON.stringify(variables);
  const [latest, setLatest] = useState<{ key: string; data?: R; error?: ApiError }>();

  useEffect(() => {
    if (!enabled || !token) return;
    return clientFor(token).subscribe<R>(
      { query: document.toString(), variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (result) => {
          if (result.errors?.length) setLatest({ key, error: toApiError([...result.errors]) });
          else if (result.data) setLatest({ key, data: result.data });
        },
        error: () =>
          setLatest({
            key,
            error: new ApiError([
              { code: 'NETWORK_ERROR', message: 'Live updates stopped; reload the page to resume them.' },
            ]),
          }),
        complete: () => undefined,
      },
    );
  }, [document, key, enabled, token]);

  return latest?.key === key ? { data: latest.data, error: latest.error } : {};
}
