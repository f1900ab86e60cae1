import { useCallback, useState } from 'react';
import { useSession } from '../auth/session';
import { ApiError, networkError, toApiError } from './errors';

/**
 * Downloads a file the api serves under /files with the bearer token (a plain link cannot send
 * it), under the name the server gives in Content-Disposition.
 */
export function useDownload() {
  const { state } = useSession();
  const token = state.status === 'signed-in' ? state.token : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const download = useCallback(
    async (path: string, fallbackName: string): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      try {
        const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        if (!response.ok) throw await refusal(response);
        saveBlob(
          await response.blob(),
          fileName(response.headers.get('content-disposition')) ?? fallbackName,
        );
        return true;
      } catch (e) {
        setError(e instanceof ApiError ? e : networkError());
        return false;
      } finally {
        setBusy(false);
      }
    },
    [token],
  );
  return { download, busy, error };
}

/** A query string from the filters that are set. */
export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** REST refusals carry `{ error: { code, message, field? } }`, the same code and sentence as GraphQL's. */
async function refusal(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  const { code, message, ...extensions } = body?.error ?? {};
  if (message) return toApiError([{ message, extensions: { code, ...extensions } }]);
  return networkError(response.status);
}

function fileName(disposition: string | null): string | undefined {
  return disposition?.match(/filename="?([^";]+)"?/)?.[1];
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
