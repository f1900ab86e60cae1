import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Money } from '../../platform/graphql/money';
import { TaskPath } from '../../planning/planning.enums';

export enum KeptTaskReason {
  DONE = 'DONE',
  WORK_LOGGED = 'WORK_LOGGED',
}
registerEnumType(KeptTaskReason, {
  name: 'KeptTaskReason',
  description:
    'Why adopting a plan left a task on its path: it is DONE, or AI runs or hours are logged on it.',
});

@ObjectType('KeptTask', { description: 'A task the adopted point would move, left as it was.' })
export class KeptTaskType {
  @Field(() => ID) taskId!: string;
  @Field({ description: 'Shot and task type.' }) task!: string;
  @Field(() => TaskPath, { description: 'The path it keeps.' }) path!: TaskPath;
  @Field(() => TaskPath, { description: 'The path the point gives it.' }) wanted!: TaskPath;
  @Field(() => KeptTaskReason) reason!: KeptTaskReason;
}

@ObjectType('AdoptedPlan', { description: 'A frontier point adopted in one audited transaction.' })
export class AdoptedPlanType {
  @Field(() => Int) index!: number;
  @Field(() => Money, { description: 'The point’s expected cost.' }) cost!: Money;
  @Field(() => Float, { description: 'The point’s displaced hours (0.1 h grid).' }) displacedHours!: number;
  @Field(() => Int, { description: 'Tasks whose path changed.' }) changed!: number;
  @Field(() => [KeptTaskType], { description: 'Tasks left on their path, with why.' }) kept!: KeptTaskType[];
}
