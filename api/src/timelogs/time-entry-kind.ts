import { registerEnumType } from '@nestjs/graphql';

/** What a logged human hour was spent on (DESIGN section 3); labels equal the database enum. */
export enum TimeEntryKind {
  ARTIST = 'ARTIST',
  AI_OPERATOR = 'AI_OPERATOR',
  AI_REVIEW = 'AI_REVIEW',
  REWORK = 'REWORK',
  SUPERVISION = 'SUPERVISION',
}
registerEnumType(TimeEntryKind, {
  name: 'TimeEntryKind',
  description:
    'ARTIST, REWORK and SUPERVISION are craft hours; AI_OPERATOR and AI_REVIEW exist because of an AI path.',
});
