import type { Role } from '../gql/graphql';

const LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  PLANNER: 'Planner',
  OPERATOR: 'AI operator',
  REVIEWER: 'Guild reviewer',
  EXECUTIVE: 'Executive',
  WITNESS: 'Witness',
  VENDOR: 'Vendor',
};

export const roleLabel = (role: Role): string => LABELS[role];
