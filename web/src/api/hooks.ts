import {
  keepPreviousData,
  QueryClient,
  useMutation as useCachedMutation,
  useQueries as useCachedQueries,
  useQuery as useCachedQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSession } from '../auth/session';
import { request, type Document } from './client';
import { ApiError } from './errors';

/**
 * The dashboard's query cache (TanStack Query). A failed request is shown at once with its
 * sentence rather than retried, and nothing refetches behind the user's back when the window
 * regains focus; a page that mounts asks again, showing what the cache holds meanwhile.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, gcTime: 5 * 60_000 },
      mutations: { retry: false },
    },
  });
}

const asApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError([]));

/** `request` with the session's token; an expired token signs the user out with a reason. */
export function useApi() {
  const { state, signOut } = useSession();
  const token = state.status === 'signed-in' ? state.token : null;
  return useCallback(
    async <R, V>(document: Document<R, V>, variables: V, signal?: AbortSignal): Promise<R> => {
      try {
        return await request(document, variables, token, signal);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED')
          signOut('Your session ended; sign in again.');
        throw error;
      }
    },
    [token, signOut],
  );
}

/** The cache key of one operation with its variables, per signed-in user. */
function useKey() {
  const { state } = useSession();
  const token = state.status === 'signed-in' ? state.token : null;
  return useCallback(
    <V>(document: Document<unknown, V>, variables: V) => [document.toString(), variables, token],
    [token],
  );
}

export interface QueryState<R> {
  data?: R;
  error?: ApiError;
  loading: boolean;
  refetch(): void;
}

/**
 * Runs a query when mounted and whenever its variables change; `skip` waits (e.g. for an id).
 * The last data stays on screen while a new request runs, and `loading` is true from the very
 * render in which the variables change, so nothing reads stale rows as fresh.
 */
export function useQuery<R, V>(
  document: Document<R, V>,
  variables: V,
  options: { skip?: boolean } = {},
): QueryState<R> {
  const api = useApi();
  const key = useKey();
  const query = useCachedQuery({
    queryKey: key(document, variables),
    queryFn: ({ signal }) => api(document, variables, signal),
    enabled: !options.skip,
    placeholderData: keepPreviousData,
  });
  const { refetch: refetchQuery } = query;
  const refetch = useCallback(() => void refetchQuery(), [refetchQuery]);
  const loading = !options.skip && query.isFetching;
  return {
    data: query.data,
    error: loading || !query.error ? undefined : asApiError(query.error),
    loading,
    refetch,
  };
}

/**
 * A query run only when asked (a figure's working when its panel opens), once per set of
 * variables; later asks get the same answer.
 */
export function useLazyQuery<R, V>(document: Document<R, V>, variables: V): () => Promise<R> {
  const api = useApi();
  const key = useKey();
  const client = useQueryClient();
  const queryKey = key(document, variables);
  const keyText = JSON.stringify(queryKey); // a new object with the same variables asks nothing new
  return useCallback(
    () =>
      client.fetchQuery({
        queryKey,
        queryFn: ({ signal }) => api(document, variables, signal),
        staleTime: Infinity,
      }),
    [api, client, document, keyText],
  );
}

/** The same query for several sets of variables at once (a figure across quarters); all or nothing. */
export function useQueries<R, V>(document: Document<R, V>, variablesList: readonly V[]) {
  const api = useApi();
  const key = useKey();
  return useCachedQueries({
    queries: variablesList.map((variables) => ({
      queryKey: key(document, variables),
      queryFn: ({ signal }: { signal: AbortSignal }) => api(document, variables, signal),
    })),
    combine: (results) => {
      const loading = results.some((r) => r.isFetching);
      const failed = results.find((r) => r.error);
      return {
        data: loading || failed ? undefined : results.map((r) => r.data as R),
        error: loading || !failed ? undefined : asApiError(failed.error),
        loading,
      };
    },
  });
}

/** A mutation to call from an event handler, with its running flag and last error. */
export function useMutation<R, V>(document: Document<R, V>) {
  const api = useApi();
  const mutation = useCachedMutation<R, unknown, V>({ mutationFn: (variables) => api(document, variables) });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async (variables: V): Promise<R | undefined> => {
      try {
        return await mutateAsync(variables);
      } catch {
        return undefined; // the error is in `error`
      }
    },
    [mutateAsync],
  );
  return {
    run,
    running: mutation.isPending,
    error: mutation.error ? asApiError(mutation.error) : undefined,
    clearError: reset,
  };
}
