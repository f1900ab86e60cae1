import { SetMetadata } from '@nestjs/common';
import { Role } from '../../common/roles';

/** A membership: the role a person holds on one production (docs/decisions/0025-production-memberships.md). */
export interface Membership {
  productionId: string;
  role: Role;
  /** A VENDOR membership's company: it acts on the production's tasks assigned to it. */
  company?: string | null;
}

/** The roles a membership may give on a production; ADMIN and EXECUTIVE are studio-wide by definition. */
export const PRODUCTION_ROLES: Role[] = [Role.PLANNER, Role.OPERATOR, Role.REVIEWER];
/** What a person's membership may give besides: VENDOR, with a company (not a tool's token, not SSO). */
export const PERSON_PRODUCTION_ROLES: Role[] = [...PRODUCTION_ROLES, Role.VENDOR];

/** What an argument names, so the roles guard can find the production it belongs to. */
export type ScopedKind =
  'production' | 'episode' | 'shot' | 'task' | 'scenario' | 'job' | 'timeEntry' | 'policyException';

/** Argument names that mean the same thing in every operation, wherever in the arguments they sit. */
export const BY_NAME: Record<string, ScopedKind> = {
  productionId: 'production',
  productionIds: 'production',
  episodeId: 'episode',
  shotId: 'shot',
  taskId: 'task',
  scenarioId: 'scenario',
  jobId: 'job',
};

export const SCOPE_ARGS_KEY = 'frameledger:scope-args';
export const FILTERS_BY_MEMBERSHIP_KEY = 'frameledger:filters-by-membership';
export const STUDIO_CATALOGUE_KEY = 'frameledger:studio-catalogue';

/** Top-level arguments whose name says nothing on its own (`id`): which kind of thing they name. */
export const ScopeArgs = (args: Record<string, ScopedKind>) => SetMetadata(SCOPE_ARGS_KEY, args);

/**
 * The operation names no production and filters its answer by the caller's memberships itself
 * (the productions list), so a person scoped to productions may call it.
 */
export const FiltersByMembership = () => SetMetadata(FILTERS_BY_MEMBERSHIP_KEY, true);

/**
 * The operation reads a studio catalogue that holds no production's data and is the same for
 * every production (labour roles, task types, FX and compute rates, the model registry, vendor
 * plans and prices), which a person scoped to productions needs to work on theirs.
 */
export const StudioCatalogue = () => SetMetadata(STUDIO_CATALOGUE_KEY, true);

export interface ScopedRef {
  kind: ScopedKind;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every production, episode, shot, task or scenario the arguments name, down to three levels
 * (`input.entries[].taskId`). Values that are no id are left out: the operation refuses them itself.
 */
export function scopedRefs(args: unknown, declared: Record<string, ScopedKind> = {}): ScopedRef[] {
  const refs: ScopedRef[] = [];
  const add = (kind: ScopedKind | undefined, value: unknown) => {
    // A REST query may list ids separated by commas ("?productionIds=a,b"): each one counts.
    const values = (Array.isArray(value) ? value : [value]).flatMap((v) =>
      typeof v === 'string' ? v.split(',') : [],
    );
    for (const v of values) if (kind && UUID.test(v.trim())) refs.push({ kind, id: v.trim().toLowerCase() });
  };
  const walk = (value: unknown, depth: number) => {
    if (depth > 3 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    for (const [key, v] of Object.entries(value)) {
      add(BY_NAME[key], v);
      walk(v, depth + 1);
    }
  };
  if (args && typeof args === 'object') {
    for (const [key, kind] of Object.entries(declared)) add(kind, (args as Record<string, unknown>)[key]);
  }
  walk(args, 0);
  return refs;
}

/**
 * The productions a scoped person may see with the operation's `roles`: those whose membership
 * holds one of them (an OPERATOR on one show and REVIEWER on another reads the audit export of the
 * second only; a VENDOR membership reads nothing). Undefined for a studio-wide person (no filter).
 */
export function visibleProductions(
  actor: { memberships?: Membership[] } | undefined,
  roles: readonly Role[],
): string[] | undefined {
  if (!actor?.memberships?.length) return undefined;
  return actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.productionId);
}

/**
 * A read's productions: the one asked for (the guard has checked it) and, for a scoped person,
 * only theirs whose role admits the read.
 */
export function readableProductions(
  actor: { memberships?: Membership[] } | undefined,
  roles: readonly Role[],
  productionId?: string | null,
): { productionId?: string; productionIds?: string[] } {
  return { productionId: productionId ?? undefined, productionIds: visibleProductions(actor, roles) };
}
