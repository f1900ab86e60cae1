import type { AiApprovalCategory, AiUseClass, PrincipleAnswer } from '../../../../gql/graphql';
import { codeOptions } from '../../../../ui/SelectField';

/** The five principles of the check, worded as the api's schema words them. */
export const PRINCIPLES = [
  { key: 'noUnownedMaterial', label: 'Outputs do not replicate material the production does not own' },
  { key: 'noDataReuse', label: 'The tool does not store, reuse or train on production data' },
  { key: 'enterpriseSecured', label: 'The tool runs in an enterprise-secured environment' },
  { key: 'outputTemporary', label: 'Generated material is temporary, not in final deliverables' },
  {
    key: 'noTalentReplacement',
    label: 'No talent performance or union-covered work is replaced without consent',
  },
] as const;

export const ANSWERS = codeOptions(['YES', 'NO', 'UNSURE'] satisfies PrincipleAnswer[]);
export const CATEGORIES = codeOptions([
  'FINAL_DELIVERABLE',
  'LIKENESS',
  'PERSONAL_DATA',
  'THIRD_PARTY_IP',
  'ETHICS',
] satisfies AiApprovalCategory[]);
export const USE_CLASSES = codeOptions(['GENERATIVE', 'ASSISTIVE'] satisfies AiUseClass[]);
