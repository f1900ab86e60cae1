import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../auth/session';
import { request, type Document } from './client';
import { ApiError } from './errors';

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
  const [generation, setGeneration] = useState(0);
  const key = `${generation}|${JSON.stringify(variables)}`;
  const [state, setState] = useState<{ data?: R; error?: ApiError; key?: string }>({});

  useEffect(() => {
    if (options.skip) return;
    const abort = new AbortController();
    const variablesNow = JSON.parse(key.slice(key.indexOf('|') + 1)) as V;
    api(document, variablesNow, abort.signal)
      .then((data) => setState({ data, key }))
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        setState((s) => ({ data: s.data, key, error: error instanceof ApiError ? error : new ApiError([]) }));
      });
    return () => abort.abort();
  }, [api, document, key, options.skip]);

  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  const loading = !options.skip && state.key !== key;
  return { data: state.data, error: loading ? undefined : state.error, loading, refetch };
}

/**
 * A query run only when asked (a figure's working when its panel opens), once per set of
 * variables; later asks get the same answer.
 */
export function useLazyQuery<R, V>(document: Document<R, V>, variables: V): () => Promise<R> {
  const api = useApi();
  const key = JSON.stringify(variables);
  const cache = useRef(new Map<string, Promise<R>>());
  return useCallback(() => {
    let answer = cache.current.get(key);
    if (!answer) {
      answer = api(document, JSON.parse(key) as V);
      answer.catch(() => cache.current.delete(key));
      cache.current.set(key, answer);
    }
    return answer;
  }, [api, document, key]);
}

/** The same query for several sets of variables at once (a figure across quarters); all or nothing. */
export function useQueries<R, V>(document: Document<R, V>, variablesList: readonly V[]) {
  const api = useApi();
  const key = JSON.stringify(variablesList);
  const [state, setState] = useState<{ key?: string; data?: R[]; error?: ApiError }>({});
  useEffect(() => {
    const abort = new AbortController();
    const list = JSON.parse(key) as V[];
    Promise.all(list.map((v) => api(document, v, abort.signal)))
      .then((data) => setState({ key, data }))
      .catch((error: unknown) => {
        if (!abort.signal.aborted)
          setState({ key, error: error instanceof ApiError ? error : new ApiError([]) });
      });
    return () => abort.abort();
  }, [api, document, key]);
  const loading = state.key !== key;
  return { data: loading ? undefined : state.data, error: loading ? undefined : state.error, loading };
}

/** A mutation to call from an event handler, with its running flag and last error. */
export function useMutation<R, V>(document: Document<R, V>) {
  const api = useApi();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (variables: V): Promise<R | undefined> => {
      setRunning(true);
      setError(undefined);
      try {
        return await api(document, variables);
      } catch (e) {
        if (mounted.current) setError(e instanceof ApiError ? e : new ApiError([]));
        return undefined;
      } finally {
        if (mounted.current) setRunning(false);
      }
    },
    [api, document],
  );
  return { run, running, error, clearError: () => setError(undefined) };
}
