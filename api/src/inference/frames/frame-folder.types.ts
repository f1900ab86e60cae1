import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../platform/graphql/connection';

@ObjectType('FrameFolder', {
  description: 'A frame sequence in the store: frames firstFrame..lastFrame, no holes, one size.',
})
export class FrameFolderType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) firstFrame!: number;
  @Field(() => Int) lastFrame!: number;
  @Field(() => Int) frameCount!: number;
  @Field(() => Int) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The production the plates were uploaded for; null: a studio folder, for any production.',
  })
  productionId!: string | null;
  @Field() createdAt!: string;
}

@ObjectType('FolderFrame', { description: 'One frame of a folder; download it at /files/{fileId}.' })
export class FolderFrameType {
  @Field(() => Int) number!: number;
  @Field() name!: string;
  @Field(() => ID) fileId!: string;
  @Field() sha256!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The image has an alpha channel, which a model with a FRAME_ALPHA input reads as its mask; null: uploaded before this was recorded, so the worker checks it when it reads the frame.',
  })
  hasAlpha!: boolean | null;
}

export const FrameFolderConnection = Connection(FrameFolderType, 'FrameFolder');
export const FolderFrameConnection = Connection(FolderFrameType, 'FolderFrame');
