import { useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import type { PeopleQuery as PeopleResult, Role } from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';
import { ErrorState, Loading } from '../../ui/states';
import { MembershipProductionsQuery, SetPersonMembershipsMutation } from './people.operations';

type Person = PeopleResult['people'][number];

/** The roles a membership gives on a production; admins and executives see the whole studio. */
export const PRODUCTION_ROLES: Role[] = ['PLANNER', 'OPERATOR', 'REVIEWER'];

/**
 * Scopes a person to chosen productions, each with a role (docs/decisions/0025-production-memberships.md).
 * No production ticked: the person is studio-wide with their own role.
 */
export function MembershipsDialog({ person, onClose }: { person: Person; onClose(): void }) {
  const productions = useQuery(MembershipProductionsQuery, {});
  const save = useMutation(SetPersonMembershipsMutation);
  const [chosen, setChosen] = useState<Map<string, Role>>(
    () => new Map(person.memberships.map((m) => [m.productionId, m.role])),
  );
  const defaultRole: Role = PRODUCTION_ROLES.includes(person.role) ? person.role : 'REVIEWER';
  const toggle = (id: string, on: boolean) =>
    setChosen((before) => {
      const next = new Map(before);
      if (on) next.set(id, defaultRole);
      else next.delete(id);
      return next;
    });
  const setRole = (id: string, role: Role) => setChosen((before) => new Map(before).set(id, role));

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
            const memberships = [...chosen].map(([productionId, role]) => ({ productionId, role }));
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
                        value={chosen.get(node.id)}
                        onChange={(e) => setRole(node.id, e.target.value as Role)}
                      >
                        {PRODUCTION_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {role}
                          </option>
                        ))}
                      </select>
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
