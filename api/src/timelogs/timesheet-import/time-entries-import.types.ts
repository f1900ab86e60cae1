import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ImportProblemType } from '../../planning/breakdown/import-problem.type';
import { MAX_IMPORT_CHARS } from '../../planning/breakdown/breakdown.types';
import { TaskType } from '../../planning/tasks/task.types';
import { TimeEntryKind } from '../time-entry-kind';

export enum TimeEntriesFormat {
  CSV = 'CSV',
}
registerEnumType(TimeEntriesFormat, {
  name: 'TimeEntriesFormat',
  description: 'CSV: our columns, or a ShotGrid time log or Kitsu time spents export (docs/imports.md).',
});

@ArgsType()
export class ImportTimeEntriesArgs {
  @Field(() => TimeEntriesFormat)
  @IsEnum(TimeEntriesFormat)
  format!: TimeEntriesFormat;

  @Field({ description: 'The file as text.' })
  @MaxLength(MAX_IMPORT_CHARS, { message: 'the file is larger than 20 MB; split it' })
  content!: string;

  @Field({
    defaultValue: true,
    description: 'true: report what would be logged and every problem, write nothing.',
  })
  @IsBoolean()
  dryRun!: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'The production whose shots SHOT/TASKTYPE references name; needed when a shot code is used by several.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId?: string;
}

@ObjectType('ImportedTimeEntry')
export class ImportedTimeEntryType {
  @Field(() => Int) line!: number;
  @Field(() => ID) taskId!: string;
  @Field(() => TaskType, { description: 'The task the line resolved to: its shot and task type.' })
  task?: TaskType;
  @Field() person!: string;
  @Field({
    description: "The file's role, or the person's last logged role, or the task type's baseline role.",
  })
  roleCode!: string;
  @Field() workDate!: string;
  @Field(() => Int) minutes!: number;
  @Field(() => TimeEntryKind) kind!: TimeEntryKind;
  @Field() note!: string;
}

@ObjectType('TimeEntriesImport')
export class TimeEntriesImportType {
  @Field(() => TimeEntriesFormat) format!: TimeEntriesFormat;
  @Field() dryRun!: boolean;
  @Field() committed!: boolean;
  @Field(() => [ImportedTimeEntryType]) entries!: ImportedTimeEntryType[];
  @Field(() => [ImportProblemType]) errors!: ImportProblemType[];
  @Field(() => Int) count!: number;
  @Field(() => Float) hours!: number;
  @Field(() => [ID], {
    description: 'The entries the import wrote (none in a dry run); deleteTimeEntries takes them back.',
  })
  entryIds!: string[];
}
