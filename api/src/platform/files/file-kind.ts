import { GOVERNANCE_READERS } from '../../common/governance-roles';
import { Role } from '../../common/roles';

/** What a stored file is (stored_file.kind). A render's thumbnail is a render. */
export type FileKind = 'RENDER' | 'FRAME' | 'MODEL' | 'CONSENT_DOCUMENT' | 'REPORT';

/**
 * Who may download each kind. Renders, frames and models are the production's working
 * material, open to every staff role as before (not to an audit WITNESS); a signed consent document is personal
 * data for governance readers only (not OPERATOR, not EXECUTIVE); a stored report follows the
 * quarterly PDF's readers.
 */
const STAFF = [Role.ADMIN, Role.PLANNER, Role.OPERATOR, Role.REVIEWER, Role.EXECUTIVE];

export const FILE_READERS: Record<FileKind, readonly Role[]> = {
  RENDER: STAFF,
  FRAME: STAFF,
  MODEL: STAFF,
  CONSENT_DOCUMENT: GOVERNANCE_READERS,
  REPORT: [Role.EXECUTIVE, Role.ADMIN],
};

const LABEL: Record<FileKind, string> = {
  RENDER: 'a render',
  FRAME: 'a frame',
  MODEL: 'a model',
  CONSENT_DOCUMENT: 'a signed consent document',
  REPORT: 'a report',
};

export const kindLabel = (kind: FileKind) => LABEL[kind];
