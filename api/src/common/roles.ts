import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  PLANNER = 'PLANNER',
  OPERATOR = 'OPERATOR',
  REVIEWER = 'REVIEWER',
  EXECUTIVE = 'EXECUTIVE',
  /** An independent witness of the audit log: reads heads and proofs, submits cosignatures; nothing else. */
  WITNESS = 'WITNESS',
  /**
   * A vendor's person, only ever through a membership with their company: logs time and records
   * vendor AI runs on the production's tasks assigned to that company; nothing else.
   */
  VENDOR = 'VENDOR',
}
registerEnumType(Role, { name: 'Role', description: 'What a user may see and change.' });

/**
 * The studio's roles (what AnyRole admits, what a person may be given studio-wide); a WITNESS reads
 * only heads and proofs, and VENDOR is a production role only (docs/decisions/0038-vendor-role.md).
 */
export const ALL_ROLES = Object.values(Role).filter((role) => role !== Role.WITNESS && role !== Role.VENDOR);
