import { registerEnumType } from '@nestjs/graphql';
import { labelsObject, TIME_ENTRY_KINDS, type TimeEntryKind as Kind } from '@frameledger/analytics';

/** What a logged human hour was spent on (docs/design.md, "Domain"), defined in analytics/src/vocabulary.ts. */
export type TimeEntryKind = Kind;
export const TimeEntryKind = labelsObject(TIME_ENTRY_KINDS);
registerEnumType(TimeEntryKind, {
  name: 'TimeEntryKind',
  description:
    'ARTIST, REWORK and SUPERVISION are craft hours; AI_OPERATOR and AI_REVIEW exist because of an AI path.',
});
