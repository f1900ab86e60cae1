import { useEffect, useState, type FormEvent } from 'react';
import { request } from '../api/client';
import { Navigate, useLocation } from 'react-router-dom';
import { ApiError } from '../api/errors';
import { TextField } from '../ui/TextField';
import type { SignInOptionsQuery as SignInOptions } from '../gql/graphql';
import { useSession } from './session';
import { SignInOptionsQuery } from './session.operations';

/**
 * Email and password, and "Sign in with <provider>" when single sign-on is set up (the form goes
 * when passwords are off). The api answers a wrong pair with one sentence and no hint which was wrong.
 */
export function SignInPage() {
  const { state, signIn } = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<SignInOptions['signInOptions']>();

  useEffect(() => {
    const abort = new AbortController();
    // Nothing shows until the api says what to offer, so a studio without passwords never sees the
    // form flash; without an answer the password form shows, as every install has it.
    request(SignInOptionsQuery, {}, null, abort.signal)
      .then(({ signInOptions }) => setOptions(signInOptions))
      .catch(() => {
        if (!abort.signal.aborted) setOptions({ passwords: true, singleSignOn: null });
      });
    return () => abort.abort();
  }, []);
  const sso = options?.singleSignOn;
  const passwords = options?.passwords ?? false;

  if (state.status === 'signed-in') {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/sign-in' ? from : '/'} replace />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Sign-in failed; try again.');
      setBusy(false);
    }
  };

  const notice = error ?? (state.status === 'signed-out' ? state.reason : undefined);
  return (
    <main className="sign-in" id="main">
      <form className="sign-in__card" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            F
          </span>
          FrameLedger
        </div>
        <h1 id="sign-in-title">Sign in</h1>
        <p className="muted">The cost and labour ledger for AI in post-production.</p>
        {sso && (
          <a className="button button--primary" href={sso.startPath}>
            Sign in with {sso.providerName}
          </a>
        )}
        {passwords && (
          <>
            <TextField
              label="Email"
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={setEmail}
            />
            <TextField
              label="Password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={setPassword}
            />
          </>
        )}
        {notice && (
          <p className="form-error" role="alert">
            {notice}
          </p>
        )}
        {passwords && (
          <button
            type="submit"
            className={sso ? 'button' : 'button button--primary'}
            disabled={busy || state.status === 'checking'}
          >
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        )}
      </form>
    </main>
  );
}
