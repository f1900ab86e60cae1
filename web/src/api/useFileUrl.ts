import { useEffect, useState } from 'react';
import { useSession } from '../auth/session';

/**
 * An object URL for a stored file (a frame, a render), fetched with the bearer token because an
 * <img src> cannot send one. Released when the file changes or the component goes.
 */
export function useFileUrl(fileId: string | undefined): { url?: string; failed: boolean } {
  const { state } = useSession();
  const token = state.status === 'signed-in' ? state.token : null;
  const [result, setResult] = useState<{ fileId: string; url?: string; failed: boolean }>();

  useEffect(() => {
    if (!fileId || !token) return;
    const abort = new AbortController();
    let url: string | undefined;
    fetch(`/files/${fileId}`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal })
      .then((response) =>
        response.ok ? response.blob() : Promise.reject(new Error(String(response.status))),
      )
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setResult({ fileId, url, failed: false });
      })
      .catch(() => {
        if (!abort.signal.aborted) setResult({ fileId, failed: true });
      });
    return () => {
      abort.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId, token]);

  return result && result.fileId === fileId ? { url: result.url, failed: result.failed } : { failed: false };
}
