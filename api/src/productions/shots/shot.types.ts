import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Connection, PageArgs } from '../../platform/graphql/connection';
import { EpisodeType } from '../episodes/episode.types';

@ObjectType('Shot', { description: 'A shot of the breakdown: its frames are what per-frame bids count.' })
export class ShotType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  episodeId!: string | null;
  @Field(() => EpisodeType, { nullable: true }) episode?: EpisodeType | null;
  @Field() code!: string;
  @Field() sequence!: string;
  @Field(() => Int, { description: 'First frame, inclusive (VFX shots usually start at 1001).' })
  frameIn!: number;
  @Field(() => Int, { description: 'Last frame, inclusive.' }) frameOut!: number;
  @Field(() => Int) frameCount!: number;
  @Field(() => Float) fps!: number;
  @Field() description!: string;
  @Field({ description: "A performer's likeness is in the shot (consent rules apply to AI work on it)." })
  performerLikeness!: boolean;
  @Field(() => String, { nullable: true }) performerName!: string | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "The shot's speed effect from its edit, as OpenTimelineIO states it: source frames per timeline frame (2 double speed, 0.5 half, 0 a freeze frame, negative reversed); null when it plays at speed.",
  })
  timeScalar!: number | null;
}

// Keeps frameOut - frameIn + 1 inside PostgreSQL's int (frame_count) whatever the two are.
export const MAX_FRAME = 9_999_999;

export const ShotConnection = Connection(ShotType, 'Shot');

@ArgsType()
export class ShotFilterArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'pass an episode id this API gave out' })
  episodeId?: string;

  @Field({ nullable: true, description: 'Only shots of this sequence, e.g. COL.' })
  @IsOptional()
  @Length(0, 64)
  sequence?: string;
}

@InputType()
export class CreateShotInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'pass an episode id this API gave out' })
  episodeId?: string | null;

  @Field()
  @Length(1, 64, { message: 'give a shot code of 1 to 64 characters, e.g. SH010' })
  code!: string;

  @Field({ defaultValue: '' })
  @Length(0, 64)
  sequence!: string;

  @Field(() => Int, { defaultValue: 1001 })
  @IsInt()
  @Min(0, { message: 'frame numbers start at 0' })
  @Max(MAX_FRAME, { message: 'frame numbers stop at 9,999,999' })
  frameIn!: number;

  @Field(() => Int, { description: 'Last frame, inclusive: 1001 to 1096 is 96 frames.' })
  @IsInt()
  @Min(0, { message: 'frame numbers start at 0' })
  @Max(MAX_FRAME, { message: 'frame numbers stop at 9,999,999' })
  frameOut!: number;

  @Field(() => Float, { defaultValue: 24 })
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(1, { message: 'give a frame rate such as 24, 25 or 23.976' })
  @Max(1000, { message: 'give a frame rate such as 24, 25 or 23.976' })
  fps!: number;

  @Field({ defaultValue: '' })
  @Length(0, 2000)
  description!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  performerLikeness!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  performerName?: string | null;
}

/** The fields of a shot a planner may change; a field left out keeps its value. */
@InputType()
export class UpdateShotInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 64, { message: 'give a shot code of 1 to 64 characters, e.g. SH010' })
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 64)
  sequence?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'frame numbers start at 0' })
  @Max(MAX_FRAME, { message: 'frame numbers stop at 9,999,999' })
  frameIn?: number;

  @Field(() => Int, { nullable: true, description: 'Last frame, inclusive.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'frame numbers start at 0' })
  @Max(MAX_FRAME, { message: 'frame numbers stop at 9,999,999' })
  frameOut?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(1, { message: 'give a frame rate such as 24, 25 or 23.976' })
  @Max(1000, { message: 'give a frame rate such as 24, 25 or 23.976' })
  fps?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  performerLikeness?: boolean;

  @Field(() => String, { nullable: true, description: 'Whose likeness; null clears it.' })
  @IsOptional()
  @Length(1, 200)
  performerName?: string | null;
}
