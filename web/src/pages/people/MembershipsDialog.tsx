import { useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import type { PeopleQuery as PeopleResult, Role } from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';
import { ErrorState, Loading } from '../../ui/states';
import { MembershipProductionsQuery, SetPersonMembershipsMutation } from './people.operations';

type Person = PeopleResult['people'][number];

/** The roles a membership gives on a production; admins and executives see the whole studio. */
export const PRODUCTION_ROLES: Role[] = ['PLANNER', 'OPERATOR', 'REVIEWER'];
/** VENDOR is given only on a production, with the company the person works for (decision 0038). */
const MEMBERSHIP_ROLES: Role[] = [...PRODUCTION_ROLES, 'VENDOR'];

interface Grant {
  role: Role;
  company: string;
}

/**
 * Scopes a person to chosen productions, each with a role (docs/decisions/0025-production-memberships.md).
 * No production ticked: the person is studio-wide with their own role.
 */
export function MembershipsDialog({ person, onClose }: { person: Person; onClose(): void }) {
  const productions = useQuery(MembershipProductionsQuery, {});
  const save = useMutation(SetPersonMembershipsMutation);
  const [chosen, setChosen] = useState<Map<string, Grant>>(
    () =>
      new Map(person.memberships.map((m) => [m.productionId, { role: m.role, company: m.company ?? '' }])),
  );
  const defaultRole: Role = PRODUCTION_ROLES.includes(person.role) ? person.role : 'REVIEWER';
  const toggle = (id: string, on: boolean) =>
    setChosen((before) => {
      const next = new Map(before);
      if (on) next.set(id, { role: defaultRole, company: '' });
      else next.delete(id);
      return next;
    });
  const setGrant = (id: string, change: Partial<Grant>) =>
    setChosen((before) => new Map(before).set(id, { ...before.get(id)!, ...change }));

  return (
    <Dialog title={`Productions of ${person.displayName}`} onClose={onClose}>
      <p className="muted">
        Ticked productions are the only ones {person.displayName} sees, each with the role chosen. None
        ticked: they see the whole studio as {person.role}.
      </p>
      {productions.error && <ErrorState error={productions.error} retry={productions.refetch} />}
      {!productions.data && productions.loading && <Loading what="the productions" />}
      {productions.data && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            // Only a VENDOR membership names a company; the api refuses one on any other role.
            const memberships = [...chosen].map(([productionId, { role, company }]) => ({
              productionId,
              role,
              ...(role === 'VENDOR' ? { company } : {}),
            }));
            if (await save.run({ id: person.id, memberships })) onClose();
          }}
        >
          <table className="table">
            <tbody>
              {productions.data.productions.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    <label>
                      <input
                        type="checkbox"
                        checked={chosen.has(node.id)}
                        onChange={(e) => toggle(node.id, e.target.checked)}
                      />{' '}
                      {node.code} — {node.title}
                    </label>
                  </th>
                  <td>
                    {chosen.has(node.id) && (
                      <select
                        aria-label={`Role on ${node.code}`}
                        value={chosen.get(node.id)!.role}
                        onChange={(e) => setGrant(node.id, { role: e.target.value as Role })}
                      >
                        {MEMBERSHIP_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {role}
                          </option>
                        ))}
                      </select>
                    )}
                    {chosen.get(node.id)?.role === 'VENDOR' && (
                      <input
                        aria-label={`Company on ${node.code}`}
                        placeholder="Company, e.g. Acme VFX"
                        maxLength={120}
                        required
                        value={chosen.get(node.id)!.company}
                        onChange={(e) => setGrant(node.id, { company: e.target.value })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {save.error && <ErrorState error={save.error} />}
          <button type="submit" className="button button--primary" disabled={save.running}>
            Save productions
          </button>
        </form>
      )}
    </Dialog>
  );
}
