import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('TaskSignOff', { description: "A person's sign-off of a task's AI-final output." })
export class TaskSignOffType {
  @Field(() => ID) taskId!: string;
  @Field() shotCode!: string;
  @Field() signedOffBy!: string;
  @Field() signedOffAt!: string;
  @Field({ description: 'The AI render the sign-off covers (the last one when it was given).' })
  lastAiRunAt!: string;
}
