import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../platform/graphql/connection';
import { Money } from '../../platform/graphql/money';
import type { RefQuery } from './ref-query';

export enum RecordKind {
  TASK = 'TASK',
  TIME_ENTRY = 'TIME_ENTRY',
  AI_RUN = 'AI_RUN',
}
registerEnumType(RecordKind, {
  name: 'RecordKind',
  description: 'The kind of record a line of working came from.',
});

/** Where a line's records come from: ids in hand, or a query over the base tables run when asked. */
export type RefSource = { ids: readonly string[] } | { query: RefQuery; count: number };

@ObjectType('WorkingRef', { description: 'A record a line of working came from.' })
export class WorkingRefType {
  @Field(() => ID) id!: string;
  @Field(() => RecordKind) kind!: RecordKind;
  @Field({
    description:
      'What people call it: a task as "production shot task type", a time entry as "person date hours on shot", an AI run as "model date on shot".',
  })
  name!: string;
}

@ObjectType('WorkingRefs', { description: 'One page of the records behind a line of working.' })
export class WorkingRefsType {
  @Field(() => Int) totalCount!: number;
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' }) endCursor!:
    string | null;
  @Field(() => [WorkingRefType]) nodes!: WorkingRefType[];
}

@ObjectType('WorkingLine', {
  description: 'One input of a total: what it is, how much, at what rate, and what it added.',
})
export class WorkingLineType {
  @Field() label!: string;
  @Field(() => Float, { nullable: true }) quantity?: number;
  @Field(() => String, { nullable: true, description: 'Unit of the quantity, e.g. h, GPU h, tasks.' })
  unit?: string;
  @Field(() => Money, {
    nullable: true,
    description: 'Rate per unit, rounded for display; the amount uses the exact rate.',
  })
  rate?: Money;
  @Field(() => Money, { nullable: true, description: 'What this line added to the total.' }) amount?: Money;
  /** Resolved by WorkingResolver.refs, only when asked for. */
  refSource?: RefSource;
}

@ObjectType('Working', {
  description: 'How a total was made: its lines (paged) and a note on method and rounding.',
})
export class WorkingType {
  @Field(() => String, { nullable: true }) note?: string;
  /** Paged by WorkingResolver.lines. */
  allLines!: WorkingLineType[];
}

export const WorkingLineConnection = Connection(WorkingLineType, 'WorkingLine');
