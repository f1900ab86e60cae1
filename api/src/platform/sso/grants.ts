import { Role } from '../../common/roles';
import { GroupGrant } from '../../config/sso';

/** Roles that see the whole studio: a person given one holds no production memberships. */
const STUDIO_WIDE: Role[] = [Role.ADMIN, Role.EXECUTIVE];

/** What a person's provider groups give them; memberships by production code. */
export interface Granted {
  role: Role;
  memberships: Record<string, Role>;
  /** The mapped groups that counted, for the audit log. */
  groups: string[];
}

/**
 * The role and memberships the mapped groups give, or undefined when no group is mapped.
 * The map's order decides: the first mapped group with a role gives the role, the first to name
 * a production gives its role there. A group giving only memberships makes the person's studio
 * role their first membership's role, which the memberships then narrow to those productions.
 * A studio-wide role drops memberships, as the People page does.
 */
export function grantsFor(groups: string[], map: Record<string, GroupGrant>): Granted | undefined {
  const matched = Object.entries(map).filter(([group]) => groups.includes(group));
  if (!matched.length) return undefined;
  const memberships: Record<string, string> = {};
  for (const [, grant] of matched) {
    for (const [code, role] of Object.entries(grant.memberships ?? {})) memberships[code] ??= role;
  }
  // Config spells roles as names (sso.spec.ts checks they are the Role enum's values).
  const role = (matched.find(([, grant]) => grant.role)?.[1].role ?? Object.values(memberships)[0]) as Role;
  return {
    role,
    memberships: STUDIO_WIDE.includes(role) ? {} : (memberships as Record<string, Role>),
    groups: matched.map(([group]) => group),
  };
}

/** The groups claim as a list: providers send an array, a few send one string. */
export function groupsOf(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}
