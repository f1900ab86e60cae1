import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID } from 'class-validator';
import { TimeEntryKind } from '../time-entry-kind';
import { MAX_ENTRIES_PER_CALL, TimeEntryRow, TimeEntryType } from '../entries/time-entry.types';

// Checked by the service with the same rules as a new entry (entry-checks.ts), on the entry as it
// would be after the change; @Allow only keeps the global whitelist from stripping the fields.
@InputType({ description: 'The fields to change; the others keep their value.' })
export class TimeEntryChanges {
  @Allow() @Field(() => ID, { nullable: true }) taskId?: string;
  @Allow() @Field({ nullable: true }) person?: string;
  @Allow() @Field({ nullable: true, description: 'Labour role code, e.g. COMP_ARTIST.' }) roleCode?: string;
  @Allow() @Field({ nullable: true, description: 'YYYY-MM-DD' }) workDate?: string;
  @Allow() @Field(() => Int, { nullable: true, description: 'Whole minutes, 1 to 1,440.' }) minutes?: number;
  @Allow() @Field(() => TimeEntryKind, { nullable: true }) kind?: TimeEntryKind;
  @Allow() @Field({ nullable: true }) note?: string;
}

@ObjectType('TimeEntryCorrection', {
  description:
    'What a correction wrote: in an open month the entry changed in place (or removed); in a closed month a reversing entry and, for a change, the corrected entry, both in the first open month.',
})
export class TimeEntryCorrectionType {
  @Field({ description: 'True when the month was closed and a reversing entry was posted.' })
  reversed!: boolean;
  @Field(() => TimeEntryType, {
    nullable: true,
    description: 'The entry as it now stands (the corrected entry after a reversal); null after a removal.',
  })
  entry!: TimeEntryRow | null;
  @Field(() => TimeEntryType, { nullable: true, description: 'The reversing entry, when one was posted.' })
  reversal!: TimeEntryRow | null;
}

@ArgsType()
export class DeleteTimeEntriesArgs {
  @Field(() => [ID], {
    description: `The entries to remove, 1 to ${MAX_ENTRIES_PER_CALL} (e.g. an import's).`,
  })
  @ArrayMinSize(1, { message: 'give at least one time entry' })
  @ArrayMaxSize(MAX_ENTRIES_PER_CALL, { message: `remove at most ${MAX_ENTRIES_PER_CALL} entries at once` })
  @ArrayUnique({ message: 'list each time entry once' })
  @IsUUID('all', { each: true, message: 'pass time entry ids this API gave out' })
  ids!: string[];
}
