import { Role } from '../../api/src/common/roles';

/** Demo only: every demo account shares this password. Printed at start when the demo runs. */
export const DEMO_PASSWORD = 'frameledger';

export const DEMO_USERS = [
  { email: 'admin@frameledger.local', displayName: 'Ada Admin', role: Role.ADMIN },
  { email: 'planner@frameledger.local', displayName: 'Pablo Planner', role: Role.PLANNER },
  { email: 'operator@frameledger.local', displayName: 'Olga Operator', role: Role.OPERATOR },
  { email: 'reviewer@frameledger.local', displayName: 'Rita Reviewer (guild)', role: Role.REVIEWER },
  { email: 'executive@frameledger.local', displayName: 'Esteban Executive', role: Role.EXECUTIVE },
];
