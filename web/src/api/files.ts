import { useCallback, useState } from 'react';
import { useSession } from '../auth/session';
import { ApiError, networkError, toApiError } from './errors';

/**
 * The REST side of the api (/files): downloads and uploads carry the bearer token (a plain link or
 * form cannot), and a refusal comes back as the same ApiError as GraphQL's.
 */
function useFilesRequest() {
  const { state } = useSession();
  const token = state.status === 'signed-in' ? state.token : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const send = useCallback(
    async <T>(
      path: string,
      init: RequestInit,
      read: (response: Response) => Promise<T>,
    ): Promise<T | undefined> => {
      setBusy(true);
      setError(undefined);
      try {
        const response = await fetch(path, {
          ...init,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
        });
        if (!response.ok) throw await refusal(response);
        return await read(response);
      } catch (e) {
        setError(e instanceof ApiError ? e : networkError());
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [token],
  );
  return { send, busy, error };
}

/** Saves a file from /files under the name the server gives in Content-Disposition. */
export function useDownload() {
  const { send, busy, error } = useFilesRequest();
  const download = useCallback(
    async (path: string, fallbackName: string): Promise<boolean> => {
      const saved = await send(path, {}, async (response) => {
        saveBlob(
          await response.blob(),
          fileName(response.headers.get('content-disposition')) ?? fallbackName,
        );
        return true;
      });
      return saved === true;
    },
    [send],
  );
  return { download, busy, error };
}

/**
 * POSTs a multipart form and returns the api's JSON answer: `upload` sends one file as field
 * `file`, `uploadForm` a form of the caller's (several frames as field `frames`, say).
 */
export function useUpload<T>() {
  const { send, busy, error } = useFilesRequest();
  const uploadForm = useCallback(
    (path: string, form: FormData): Promise<T | undefined> =>
      send(path, { method: 'POST', body: form }, (response) => response.json() as Promise<T>),
    [send],
  );
  const upload = useCallback(
    (path: string, file: File): Promise<T | undefined> => {
      const form = new FormData();
      form.append('file', file);
      return uploadForm(path, form);
    },
    [uploadForm],
  );
  return { upload, uploadForm, busy, error };
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
