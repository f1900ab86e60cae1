import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { request } from '../api/client';
import { ApiError } from '../api/errors';
import { graphql } from '../gql';
import { TextField } from '../ui/TextField';

const SetPasswordMutation = graphql(`
  mutation SetPasswordWithLink($token: String!, $password: String!) {
    setPasswordWithLink(token: $token, password: $password) {
      email
    }
  }
`);

/**
 * Where an invitation or reset link lands (/set-password?token=...): the person chooses a
 * password under the stated policy, then signs in as usual. No session is needed or made.
 */
export function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await request(SetPasswordMutation, { token, password }, null);
      setEmail(result.setPasswordWithLink.email);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Setting the password failed; try again.');
    }
    setBusy(false);
  };

  return (
    <main className="sign-in" id="main">
      <form className="sign-in__card" onSubmit={submit} aria-labelledby="set-password-title">
        <h1 id="set-password-title">Choose your password</h1>
        {email ? (
          <p role="status">
            Your password is set. <Link to="/sign-in">Sign in</Link> as {email}.
          </p>
        ) : (
          <>
            <TextField
              label="New password"
              type="password"
              autoComplete="new-password"
              hint="At least 12 characters, and not your email address; a short phrase of several words works well."
              required
              value={password}
              onChange={setPassword}
            />
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className="button button--primary" disabled={busy || !token}>
              {busy ? 'Saving…' : 'Set password'}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
