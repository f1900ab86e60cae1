import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  PLANNER = 'PLANNER',
  OPERATOR = 'OPERATOR',
  REVIEWER = 'REVIEWER',
  EXECUTIVE = 'EXECUTIVE',
  /** An independent witness of the audit log: reads heads and proofs, submits cosignatures; nothing else. */
  WITNESS = 'WITNESS',
}
registerEnumType(Role, { name: 'Role', description: 'What a user may see and change.' });

/** The roles of people who use FrameLedger (what AnyRole admits); a WITNESS reads only heads and proofs. */
export const ALL_ROLES = Object.values(Role).filter((role) => role !== Role.WITNESS);
