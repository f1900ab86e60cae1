import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PolicyRuleId } from './policy.types';

@ObjectType('PolicyExceptionCount', {
  description: 'How many exceptions one rule has on one production: a group of the register.',
})
export class PolicyExceptionCountType {
  @Field(() => PolicyRuleId) ruleId!: PolicyRuleId;
  @Field(() => ID) productionId!: string;
  @Field() productionCode!: string;
  @Field(() => Int, { description: 'Exceptions in the group under the filter, any status.' }) total!: number;
  @Field(() => Int, { description: 'Of them, still OPEN.' }) open!: number;
  @Field(() => Int, { description: 'Of them, not yet reviewed.' }) unreviewed!: number;
}
