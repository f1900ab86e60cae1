import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';

export enum DisclosurePlacement {
  END_CREDITS = 'END_CREDITS',
  ON_SCREEN_LABEL = 'ON_SCREEN_LABEL',
  DESCRIPTION_METADATA = 'DESCRIPTION_METADATA',
  OPENING_CARD = 'OPENING_CARD',
}
registerEnumType(DisclosurePlacement, {
  name: 'DisclosurePlacement',
  description:
    'Where the audience is told: the end credits, a label on screen, the description metadata a platform shows, or a card before the work.',
});

@ObjectType('DisclosurePlan', {
  description:
    "Where and how a deliverable's audience is told of deepfake-like content, and from when (EU AI Act Article 50(4)).",
})
export class DisclosurePlanType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  @Field(() => ID, { nullable: true, description: 'The episode it covers; null: the whole production.' })
  episodeId!: string | null;
  @Field({ description: 'The production, or "Episode 2: Title".' }) deliverable!: string;
  @Field(() => [DisclosurePlacement]) placements!: DisclosurePlacement[];
  @Field({ description: 'How the audience is told, in the words the plan uses.' }) howTold!: string;
  @Field({ description: 'When the audience is first told: no later than first exposure.' })
  firstExposure!: string;
  @Field() updatedAt!: string;
  @Field(() => String, { nullable: true, description: 'Email of who recorded it.' }) updatedBy!:
    string | null;
}

@InputType()
export class SetDisclosurePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a production id' })
  productionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An episode of the production; omit for the whole production.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'give an episode id, or leave it out for the whole production' })
  episodeId?: string | null;

  @Field(() => [DisclosurePlacement])
  @ArrayMinSize(1, { message: 'choose at least one place the audience is told' })
  @ArrayMaxSize(4, { message: 'choose each place once' })
  @IsEnum(DisclosurePlacement, { each: true })
  placements!: DisclosurePlacement[];

  @Field({
    description: 'e.g. "A card in the end credits names the AI-generated crowd; the description says so."',
  })
  @Length(1, 4000, { message: 'say how the audience is told in 1 to 4,000 characters' })
  howTold!: string;

  @Field({ description: 'e.g. "On-screen label the first time the replica appears in each episode."' })
  @Length(1, 1000, { message: 'say when the audience is first told in 1 to 1,000 characters' })
  firstExposure!: string;
}
