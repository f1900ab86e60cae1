import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Money } from '../../platform/graphql/money';
import { TaskPath } from '../../platform/graphql/vocabulary.enums';

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

@ObjectType('PlanChange', { description: 'A task adopting the plan moves, and what that does to its cost.' })
export class PlanChangeType {
  @Field(() => ID) taskId!: string;
  @Field({ description: 'Shot and task type.' }) task!: string;
  @Field(() => TaskPath) from!: TaskPath;
  @Field(() => TaskPath) to!: TaskPath;
  @Field(() => Money, { description: 'Expected cost on its path now (plan model).' }) costBefore!: Money;
  @Field(() => Money, { description: 'Expected cost on the new path.' }) costAfter!: Money;
  @Field(() => Money, { description: 'costAfter - costBefore: negative saves money.' }) costEffect!: Money;
}

@ObjectType('PlanAdoptionPreview', {
  description:
    'What adopting a frontier point would change, and what it leaves alone and why. Nothing is written.',
})
export class PlanAdoptionPreviewType {
  @Field(() => Int) index!: number;
  @Field(() => Money, { description: 'The point’s expected cost.' }) cost!: Money;
  @Field(() => Float, { description: 'The point’s displaced hours (0.1 h grid).' }) displacedHours!: number;
  @Field(() => [PlanChangeType]) changes!: PlanChangeType[];
  @Field(() => [KeptTaskType], { description: 'Tasks the point would move that stay as they are, with why.' })
  kept!: KeptTaskType[];
  @Field(() => Money, { description: 'The sum of the changes’ cost effects.' }) costEffect!: Money;
  @Field({
    description:
      'Pass it to adoptFrontierPoint: the adoption applies exactly these changes, or refuses with CONFLICT if the plan moved since.',
  })
  fingerprint!: string;
}

@ObjectType('AdoptedPlan', { description: 'A frontier point adopted in one audited transaction.' })
export class AdoptedPlanType {
  @Field(() => ID, { description: 'Give it to undoPlanAdoption to set every changed path back.' })
  adoptionId!: string;
  @Field(() => Int) index!: number;
  @Field(() => Money, { description: 'The point’s expected cost.' }) cost!: Money;
  @Field(() => Float, { description: 'The point’s displaced hours (0.1 h grid).' }) displacedHours!: number;
  @Field(() => Int, { description: 'Tasks whose path changed.' }) changed!: number;
  @Field(() => [PlanChangeType]) changes!: PlanChangeType[];
  @Field(() => [KeptTaskType], { description: 'Tasks left on their path, with why.' }) kept!: KeptTaskType[];
}

@ObjectType('RestoredPath', { description: 'A task an undone adoption set back.' })
export class RestoredPathType {
  @Field(() => ID) taskId!: string;
  @Field({ description: 'Shot and task type.' }) task!: string;
  @Field(() => TaskPath, { description: 'The path the adoption gave it.' }) from!: TaskPath;
  @Field(() => TaskPath, { description: 'The path it had before, now restored.' }) to!: TaskPath;
}

@ObjectType('UndonePlanAdoption', { description: 'An adoption undone in one audited transaction.' })
export class UndonePlanAdoptionType {
  @Field(() => ID) adoptionId!: string;
  @Field(() => [RestoredPathType]) restored!: RestoredPathType[];
}
