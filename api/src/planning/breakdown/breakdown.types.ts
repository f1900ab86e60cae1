import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';
import { ImportProblemType } from './import-problem.type';

export enum BreakdownFormat {
  EDL = 'EDL',
  OTIO = 'OTIO',
  CSV = 'CSV',
}
registerEnumType(BreakdownFormat, {
  name: 'BreakdownFormat',
  description:
    'EDL: CMX3600. OTIO: an OpenTimelineIO timeline (.otio JSON). CSV: the breakdown columns in docs/imports.md.',
});

export const MAX_IMPORT_CHARS = 20_000_000;

@ArgsType()
export class ImportBreakdownArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field(() => BreakdownFormat)
  @IsEnum(BreakdownFormat)
  format!: BreakdownFormat;

  @Field({ description: 'The file as text.' })
  @MaxLength(MAX_IMPORT_CHARS, { message: 'the file is larger than 20 MB; split it' })
  content!: string;

  @Field({
    defaultValue: true,
    description: 'true: report what would be created and every problem, write nothing.',
  })
  @IsBoolean()
  dryRun!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Timeline rate for EDL and OTIO (EDLs do not state it); default 24.',
  })
  @IsOptional()
  @IsNumber()
  @Min(1, { message: 'give a frame rate such as 24, 25 or 29.97' })
  @Max(1000, { message: 'give a frame rate such as 24, 25 or 29.97' })
  fps?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Episode the EDL or OTIO shots belong to (created if missing).',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'episodes are numbered from 1' })
  episodeNumber?: number;

  @Field({
    nullable: true,
    description: 'Give every shot a task of this type (CSV rows with their own task keep it).',
  })
  @IsOptional()
  @Matches(/^[A-Z_]{2,32}$/, { message: 'use a task type code such as ROTO' })
  taskTypeCode?: string;

  @Field(() => Int, { nullable: true, description: 'Complexity for tasks that do not give one; default 3.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'complexity is a level from 1 to 5' })
  @Max(5, { message: 'complexity is a level from 1 to 5' })
  complexity?: number;

  @Field(() => TaskPath, {
    nullable: true,
    description: 'Path for tasks that do not give one; default HUMAN.',
  })
  @IsOptional()
  @IsEnum(TaskPath)
  path?: TaskPath;

  @Field({ nullable: true, description: 'Bid template set for the tasks; default as in createTasks.' })
  @IsOptional()
  @Length(1, 120)
  templateName?: string;
}

@ObjectType('BreakdownShot', { description: 'A shot the import would create, or finds already there.' })
export class BreakdownShotType {
  @Field(() => Int) line!: number;
  @Field() code!: string;
  @Field(() => Int, { nullable: true }) episodeNumber!: number | null;
  @Field() sequence!: string;
  @Field(() => Int) frameIn!: number;
  @Field(() => Int) frameOut!: number;
  @Field(() => Int) frameCount!: number;
  @Field(() => Float) fps!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Speed effect from the edit, kept on the shot: source frames per timeline frame (2 double speed, 0.5 half, negative reverse, 0 a freeze frame); null when none.',
  })
  timeScalar!: number | null;
  @Field() description!: string;
  @Field() performerLikeness!: boolean;
  @Field({ description: 'The production has this shot already, with the same frames: it is reused.' })
  exists!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'Set for existing shots, and for new ones once committed.',
  })
  shotId!: string | null;
}

@ObjectType('BreakdownTask', {
  description: 'A task the import would create on a shot, or finds already there.',
})
export class BreakdownTaskType {
  @Field(() => Int) line!: number;
  @Field() shotCode!: string;
  @Field() taskTypeCode!: string;
  @Field(() => Int) complexity!: number;
  @Field(() => TaskPath) path!: TaskPath;
  @Field({ description: 'The shot has a task of this type already: it is left as it is.' }) exists!: boolean;
}

@ObjectType('BreakdownImport', {
  description: 'What a breakdown import creates (or would, in a dry run), and every problem found.',
})
export class BreakdownImportType {
  @Field(() => BreakdownFormat) format!: BreakdownFormat;
  @Field() dryRun!: boolean;
  @Field({ description: 'True once the shots and tasks are written (never in a dry run).' })
  committed!: boolean;
  @Field(() => String, { nullable: true, description: 'The edit title (EDL TITLE, OTIO timeline name).' })
  title!: string | null;
  @Field(() => [BreakdownShotType]) shots!: BreakdownShotType[];
  @Field(() => [BreakdownTaskType]) tasks!: BreakdownTaskType[];
  @Field(() => [ImportProblemType], { description: 'Line-numbered problems; a commit with any is refused.' })
  errors!: ImportProblemType[];
  @Field(() => Int) newEpisodes!: number;
  @Field(() => Int) newShots!: number;
  @Field(() => Int) newTasks!: number;
}
