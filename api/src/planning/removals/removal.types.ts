import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Removal', { description: 'What a delete removed, in words and by id.' })
export class RemovalType {
  @Field(() => ID, { nullable: true, description: 'The deleted shot; null when only a task went.' })
  shotId!: string | null;
  @Field(() => [ID], { description: 'Every deleted task (a shot takes its tasks with it).' })
  taskIds!: string[];
  @Field({ description: 'e.g. "Deleted shot SH010 and its 2 tasks (Compositing and Rotoscoping)."' })
  summary!: string;
}
