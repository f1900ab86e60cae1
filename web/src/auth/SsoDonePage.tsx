import { useEffect, useRef, useState } from 'react';
import { Navigate } from 'react-router-dom';
import { ApiError } from '../api/errors';
import { Loading } from '../ui/states';
import { useSession } from './session';

/**
 * Where the api's single sign-on callback sends the browser: the fragment holds the token, or the
 * refusal's code and sentence, which go to the sign-in page. The fragment is wiped at once so the
 * token stays out of the history.
 */
export function SsoDonePage() {
  const { state, signInWithToken, signOut } = useSession();
  const started = useRef(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const outcome = new URLSearchParams(window.location.hash.slice(1));
    window.history.replaceState(null, '', window.location.pathname);
    const token = outcome.get('token');
    const fail = (reason: string) => {
      signOut(reason);
      setFailed(true);
    };
    if (!token) return fail(outcome.get('message') ?? 'Single sign-on did not finish; start it again.');
    signInWithToken(token).catch((e: unknown) =>
      fail(e instanceof ApiError ? e.message : 'Single sign-on did not finish; start it again.'),
    );
  }, [signInWithToken, signOut]);

  if (state.status === 'signed-in') return <Navigate to="/" replace />;
  if (failed) return <Navigate to="/sign-in" replace />;
  return <Loading what="your single sign-on" />;
}
