import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request } from '../api/client';
import { ApiError } from '../api/errors';
import type { Role } from '../gql/graphql';
import { MeQuery, SignInMutation } from './session.operations';

export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; reason?: string }
  | { status: 'signed-in'; token: string; user: SignedInUser };

interface SessionValue {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  /** Keeps a token the api issued by single sign-on, as signIn keeps the password login's. */
  signInWithToken(token: string): Promise<void>;
  /** `reason` is shown on the sign-in page (e.g. the token expired). */
  signOut(reason?: string): void;
}

// The token survives a reload in this tab's storage; it is a bearer token, so it never goes in a cookie.
const TOKEN_KEY = 'frameledger.token';
const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() =>
    localStorage.getItem(TOKEN_KEY) ? { status: 'checking' } : { status: 'signed-out' },
  );

  useEffect(() => {
    const token = localStorage.getItem(TOKEN_KEY);
    if (!token) return;
    const abort = new AbortController();
    request(MeQuery, {}, token, abort.signal)
      .then(({ me }) => setState({ status: 'signed-in', token, user: me }))
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        localStorage.removeItem(TOKEN_KEY);
        const expired = error instanceof ApiError && error.code === 'UNAUTHENTICATED';
        setState({
          status: 'signed-out',
          reason: expired ? 'Your session ended; sign in again.' : undefined,
        });
      });
    return () => abort.abort();
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const { login } = await request(SignInMutation, { email, password }, null);
    localStorage.setItem(TOKEN_KEY, login.token);
    setState({ status: 'signed-in', token: login.token, user: login.user });
  }, []);

  const signInWithToken = useCallback(async (token: string) => {
    const { me } = await request(MeQuery, {}, token);
    localStorage.setItem(TOKEN_KEY, token);
    setState({ status: 'signed-in', token, user: me });
  }, []);

  const signOut = useCallback((reason?: string) => {
    localStorage.removeItem(TOKEN_KEY);
    setState({ status: 'signed-out', reason });
  }, []);

  const value = useMemo(
    () => ({ state, signIn, signInWithToken, signOut }),
    [state, signIn, signInWithToken, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in gate. */
export function useUser(): SignedInUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser needs a signed-in session.');
  return state.user;
}
