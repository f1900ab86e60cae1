import { useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import { useUser } from '../../auth/session';
import type { PeopleQuery as PeopleResult, Role } from '../../gql/graphql';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { InviteDialog, PERSON_ROLES } from './InviteDialog';
import { MembershipsDialog, PRODUCTION_ROLES } from './MembershipsDialog';
import {
  ChangePersonRoleMutation,
  DeactivatePersonMutation,
  PeopleQuery,
  ReactivatePersonMutation,
} from './people.operations';

type Person = PeopleResult['people'][number];

/** Who may sign in: invite people, change their roles, deactivate them (admins only). */
export default function PeoplePage() {
  const { data, error, loading, refetch } = useQuery(PeopleQuery, {});
  const [inviting, setInviting] = useState(false);
  return (
    <section aria-labelledby="people-title" className="page">
      <header className="page__header">
        <h1 id="people-title">People</h1>
        <button type="button" className="button button--primary" onClick={() => setInviting(true)}>
          Invite a person…
        </button>
      </header>
      <p className="muted">
        Everyone who may sign in. An invitation is a one-time link you hand on yourself; no mail is sent. A
        deactivated person is signed out at once.
      </p>
      {error && <ErrorState error={error} retry={refetch} />}
      {!data && loading && <Loading what="the people" />}
      {data && data.people.length === 0 && (
        <EmptyState title="Nobody yet.">Invite a person to start.</EmptyState>
      )}
      {data && data.people.length > 0 && (
        <div className="table-wrap" aria-busy={loading}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Productions</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.people.map((person) => (
                <PersonRow key={person.id} person={person} onChanged={refetch} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {inviting && (
        <InviteDialog
          onClose={() => {
            setInviting(false);
            refetch();
          }}
        />
      )}
    </section>
  );
}

function PersonRow({ person, onChanged }: { person: Person; onChanged(): void }) {
  const me = useUser();
  const changeRole = useMutation(ChangePersonRoleMutation);
  const deactivate = useMutation(DeactivatePersonMutation);
  const reactivate = useMutation(ReactivatePersonMutation);
  const [scoping, setScoping] = useState(false);
  // An admin does not re-role or deactivate themselves (the api refuses it), nor a witness.
  const editable = person.active && person.id !== me.id && person.role !== 'WITNESS';
  const failure = changeRole.error ?? deactivate.error ?? reactivate.error;
  // The one button a row shows: deactivate an active person, reactivate a deactivated one.
  const switching = person.active ? deactivate : reactivate;
  const switchLabel = person.active ? 'Deactivate' : 'Reactivate';
  const switchActive = async () => {
    if (await switching.run({ id: person.id })) onChanged();
  };
  const scoped = person.memberships.length;
  return (
    <tr>
      <th scope="row">{person.displayName}</th>
      <td>{person.email}</td>
      <td>
        {editable ? (
          <select
            aria-label={`Role of ${person.email}`}
            value={person.role}
            disabled={changeRole.running}
            onChange={async (e) => {
              if (await changeRole.run({ id: person.id, role: e.target.value as Role })) onChanged();
            }}
          >
            {PERSON_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        ) : (
          person.role
        )}
      </td>
      <td>
        {scoped ? `${scoped} production${scoped === 1 ? '' : 's'}` : 'Studio-wide'}
        {editable && PRODUCTION_ROLES.includes(person.role) && (
          <button
            type="button"
            className="button button--small"
            aria-label={`Productions of ${person.email}`}
            onClick={() => setScoping(true)}
          >
            Choose…
          </button>
        )}
        {scoping && (
          <MembershipsDialog
            person={person}
            onClose={() => {
              setScoping(false);
              onChanged();
            }}
          />
        )}
      </td>
      <td>{person.lastSignInAt ? new Date(person.lastSignInAt).toLocaleString() : 'Never'}</td>
      <td>
        {!person.active ? 'Deactivated' : person.invitationPending ? 'Invited' : 'Active'}
        {(editable || (!person.active && person.id !== me.id)) && (
          <button
            type="button"
            className="button button--small"
            aria-label={`${switchLabel} ${person.email}`}
            disabled={switching.running}
            onClick={switchActive}
          >
            {switchLabel}
          </button>
        )}
        {failure && <ErrorState error={failure} />}
      </td>
    </tr>
  );
}
