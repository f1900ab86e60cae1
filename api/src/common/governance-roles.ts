import { Role } from './roles';

/** Who reads consents, notices, exceptions and the reviewer reports (REVIEWER sees all of it). */
export const GOVERNANCE_READERS = [Role.ADMIN, Role.PLANNER, Role.REVIEWER];
/** Who records consents, notices and sign-offs: the production side. */
export const GOVERNANCE_RECORDERS = [Role.ADMIN, Role.PLANNER];
/** Who reads the audit log's checkpoints, proofs and exports. */
export const AUDIT_READERS = [Role.ADMIN, Role.REVIEWER];
