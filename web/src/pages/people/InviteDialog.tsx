import { useState } from 'react';
import { useMutation } from '../../api/hooks';
import type { Role } from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';
import { ErrorState } from '../../ui/states';
import { TextField } from '../../ui/TextField';
import { InvitePersonMutation } from './people.operations';

/** The roles a person may hold; witnesses are registered apart (registerWitness). */
export const PERSON_ROLES: Role[] = ['ADMIN', 'PLANNER', 'OPERATOR', 'REVIEWER', 'EXECUTIVE'];

/** Invites a person and shows the one-time link to hand on (the api sends no mail). */
export function InviteDialog({ onClose }: { onClose(): void }) {
  const invite = useMutation(InvitePersonMutation);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('REVIEWER');
  const [link, setLink] = useState<{ url: string; expiresAt: string }>();
  const fieldError = (field: string) =>
    invite.error?.field && invite.error.field.endsWith(field) ? invite.error.message : undefined;

  return (
    <Dialog title="Invite a person" onClose={onClose}>
      {link ? (
        <div>
          <p>
            Send this link to {email}. It works once, until {new Date(link.expiresAt).toLocaleString()}; they
            choose a password of at least 12 characters.
          </p>
          <p>
            <output aria-label="Invitation link">{link.url}</output>
          </p>
          <button type="button" className="button button--primary" onClick={onClose}>
            Done
          </button>
        </div>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const result = await invite.run({ input: { email, displayName, role } });
            if (result) {
              const { path, expiresAt } = result.invitePerson.link;
              setLink({ url: new URL(path, window.location.origin).toString(), expiresAt });
            }
          }}
        >
          <TextField
            label="Email"
            type="email"
            required
            value={email}
            onChange={setEmail}
            error={fieldError('email')}
          />
          <TextField
            label="Name"
            required
            value={displayName}
            onChange={setDisplayName}
            error={fieldError('displayName')}
          />
          <div className="field">
            <label className="field__label" htmlFor="invite-role">
              Role
            </label>
            <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {PERSON_ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          {invite.error && !invite.error.field && <ErrorState error={invite.error} />}
          <button type="submit" className="button button--primary" disabled={invite.running}>
            Invite
          </button>
        </form>
      )}
    </Dialog>
  );
}
