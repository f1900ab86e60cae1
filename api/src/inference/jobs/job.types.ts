import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Connection } from '../../platform/graphql/connection';
import { Money } from '../../platform/graphql/money';

export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(JobStatus, { name: 'InferenceJobStatus' });

export const FINISHED: readonly JobStatus[] = [JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED];

@ObjectType('FrameTimings', {
  description: 'Milliseconds spent per stage, summed over the frames rendered so far.',
})
export class FrameTimingsType {
  @Field(() => Float, {
    description: 'Decoding the input frames (the part not hidden behind the previous run).',
  })
  decodeMs!: number;
  @Field(() => Float, { description: 'Pre-processing and running the model.' }) inferMs!: number;
  @Field(() => Float, { description: 'Post-processing and encoding the PNG and thumbnail.' })
  encodeMs!: number;
}

@ObjectType('FailedFrame')
export class FailedFrameType {
  @Field(() => Int, { description: 'Position in the job, from 0.' }) index!: number;
  @Field() name!: string;
}

@ObjectType('InferenceJob', { description: "A model run over a task's frames, queued to a worker." })
export class InferenceJobType {
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => ID) productionId!: string;
  @Field(() => ID) modelId!: string;
  @Field({ description: 'Model name and version, e.g. "paddleocr-ppocrv4-text-detector 4.0.0".' })
  modelLabel!: string;
  @Field() modelSha256!: string;
  @Field(() => ID, { nullable: true }) requestedBy!: string | null;
  @Field(() => JobStatus) status!: JobStatus;
  @Field(() => Int, { description: 'How many times a worker has taken it (more than 1 after a retry).' })
  attempt!: number;
  @Field() cancelRequested!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Execution provider that ran it: cuda, webgpu or cpu.',
  })
  provider!: string | null;
  @Field(() => String, { nullable: true, description: 'The CPU or GPU model it ran on.' }) device!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Compute-rate class billed, e.g. CPU or A100.' })
  deviceClass!: string | null;
  @Field(() => Int) framesTotal!: number;
  @Field(() => Int) framesDone!: number;
  @Field() queuedAt!: string;
  @Field(() => String, { nullable: true }) startedAt!: string | null;
  @Field(() => String, { nullable: true }) finishedAt!: string | null;
  @Field(() => Float, { nullable: true, description: 'From queued to first taken by a worker.' })
  queueWaitMs!: number | null;
  @Field(() => Float, { description: 'Machine time: the wall time of every attempt, summed.' })
  wallMs!: number;
  @Field(() => Money, {
    nullable: true,
    description: 'wallMs x the compute rate of deviceClass; set when it succeeds.',
  })
  computeCost!: Money | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => FailedFrameType, { nullable: true }) failedFrame!: FailedFrameType | null;
  @Field(() => [String], {
    description:
      'What the worker flagged: a device other than the configured class, frames whose output was NaN, infinite or constant.',
  })
  warnings!: string[];
  @Field(() => FrameTimingsType) timings!: FrameTimingsType;
}

@ObjectType('Render', { description: 'One output frame of a job with its provenance manifest.' })
export class RenderType {
  @Field(() => ID) id!: string;
  @Field(() => ID) jobId!: string;
  @Field(() => Int) frameIndex!: number;
  @Field(() => Int) frameNumber!: number;
  @Field() frameName!: string;
  @Field() inputSha256!: string;
  @Field({ description: 'sha256 of the stored PNG (with its content credentials when embedded).' })
  outputSha256!: string;
  @Field(() => ID) outputFileId!: string;
  @Field(() => ID) thumbnailFileId!: string;
  @Field({ description: 'Download with the bearer token.' }) url!: string;
  @Field() thumbnailUrl!: string;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => Float) decodeMs!: number;
  @Field(() => Float) inferMs!: number;
  @Field(() => Float) encodeMs!: number;
  @Field(() => Float, { description: "decodeMs + inferMs + encodeMs: the frame's share of the job's time." })
  latencyMs!: number;
  @Field({ description: 'C2PA_EMBEDDED (content credentials inside the PNG) or SIGNED_SIDECAR.' })
  provenanceStatus!: string;
  @Field({
    description: 'The signed manifest (model sha256, input and output sha256, job, provider, time) as JSON.',
  })
  manifest!: string;
  @Field(() => [String], {
    description: 'What the output check flagged on this frame (NaN, infinite or constant values).',
  })
  warnings!: string[];
  @Field() createdAt!: string;
}

export const InferenceJobConnection = Connection(InferenceJobType, 'InferenceJob');
export const RenderConnection = Connection(RenderType, 'Render');

@InputType({
  description: 'The frames a job runs over: a folder from POST /files/frames, all of it or a range.',
})
export class JobFramesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give the folder id POST /files/frames answered with' })
  folderId!: string;
  @Field(() => Int, {
    nullable: true,
    description: "First frame number to run (default: the folder's first).",
  })
  @IsOptional()
  @IsInt()
  fromFrame?: number;
  @Field(() => Int, { nullable: true, description: "Last frame number to run (default: the folder's last)." })
  @IsOptional()
  @IsInt()
  toFrame?: number;
}

@InputType()
export class SubmitInferenceJobInput {
  @Field(() => ID) @IsUUID('all', { message: 'give the id of the task the job works on' }) taskId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'give the id of a registered model' }) modelId!: string;
  @Field(() => JobFramesInput) @ValidateNested() @Type(() => JobFramesInput) frames!: JobFramesInput;
}

@InputType()
export class InferenceJobFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() taskId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() modelId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productionId?: string;
  @Field(() => JobStatus, { nullable: true }) @IsOptional() @IsEnum(JobStatus) status?: JobStatus;
}
