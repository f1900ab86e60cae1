import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { Connection } from '../../platform/graphql/connection';

@ObjectType('Episode')
export class EpisodeType {
  @Field(() => ID) id!: string;
  @Field(() => ID) productionId!: string;
  @Field(() => Int) number!: number;
  @Field() title!: string;
}

export const EpisodeConnection = Connection(EpisodeType, 'Episode');

@InputType()
export class CreateEpisodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'episodes are numbered from 1' })
  @Max(999999)
  number!: number;

  @Field({ defaultValue: '' })
  @Length(0, 200, { message: 'give a title of at most 200 characters' })
  title!: string;
}
