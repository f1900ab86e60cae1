import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Allow, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { IsDay } from '../../common/input-rules';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { TaskType } from '../../planning/tasks/task.types';
import { LabourRoleType } from '../../rates/labour-roles/labour-role.types';
import { TimeEntryKind } from '../time-entry-kind';

export const MAX_ENTRIES_PER_CALL = 5000;

@ObjectType('TimeEntry', { description: 'Human time logged on a task, in minutes.' })
export class TimeEntryType {
  @Field(() => ID) id!: string;
  taskId!: string;
  @Field(() => TaskType) task!: TaskType;
  @Field() person!: string;
  roleId!: string;
  @Field(() => LabourRoleType) role!: LabourRoleType;
  @Field({ description: 'YYYY-MM-DD' }) workDate!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => TimeEntryKind) kind!: TimeEntryKind;
  @Field() note!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The entry this one reverses (its minutes are negative): a correction of a closed month.',
  })
  reverses!: string | null;
  @Field(() => ID, { nullable: true, description: 'The closed-month entry this one replaces.' })
  corrects!: string | null;
  @Field({ description: 'Whether its month is closed: correcting it posts a reversing entry instead.' })
  monthClosed!: boolean;
  @Field({ description: 'Whether a reversing entry cancels it.' })
  reversed!: boolean;
}

export type TimeEntryRow = Omit<TimeEntryType, 'task' | 'role'>;

export const TimeEntryConnection = Connection(TimeEntryType, 'TimeEntry');

// Entries are checked by the service rather than class-validator so that a 5,000-entry batch is
// validated in one pass and every problem is reported with its index (entries[12].minutes);
// @Allow only keeps the global whitelist from stripping the fields of a single entry.
@InputType()
export class TimeEntryInput {
  @Allow()
  @Field(() => ID)
  taskId!: string;
  @Allow()
  @Field({ description: 'Who did the work (a name or an email); compared without regard to case.' })
  person!: string;
  @Allow()
  @Field({ description: 'Labour role code the hours are priced at, e.g. COMP_ARTIST.' })
  roleCode!: string;
  @Allow()
  @Field({ description: 'YYYY-MM-DD' })
  workDate!: string;
  @Allow()
  @Field(() => Int, { description: 'Whole minutes, 1 to 1,440.' })
  minutes!: number;
  @Allow()
  @Field(() => TimeEntryKind)
  kind!: TimeEntryKind;
  @Allow()
  @Field({ nullable: true })
  note?: string;
}

@ObjectType('LogTimeEntriesResult')
export class LogTimeEntriesResult {
  @Field(() => Int) count!: number;
  @Field(() => Int) minutes!: number;
  @Field(() => Float) hours!: number;
}

@ArgsType()
export class TimeEntryFilterArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'pass a task id this API gave out' })
  taskId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  person?: string;

  @Field({ nullable: true, description: 'First work date, YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsDay()
  from?: string;

  @Field({ nullable: true, description: 'Last work date, YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @IsDay()
  to?: string;

  @Field(() => TimeEntryKind, { nullable: true })
  @IsOptional()
  @IsEnum(TimeEntryKind)
  kind?: TimeEntryKind;
}
