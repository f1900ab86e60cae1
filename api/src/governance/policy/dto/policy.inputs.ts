import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { PolicyExceptionStatus, PolicyReviewStatus, PolicyRuleId, PolicySeverity } from '../policy.types';
import { RULE_PACK_IDS, RulePackId } from '../rule-packs';

@InputType()
export class PolicyExceptionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'give a production id' })
  productionId?: string;

  @Field(() => PolicyRuleId, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyRuleId)
  ruleId?: PolicyRuleId;

  @Field(() => String, {
    nullable: true,
    description: 'Only exceptions of the rules of this rule pack (rulePacks), e.g. netflix-genai-2025-08.',
  })
  @IsOptional()
  @IsIn(RULE_PACK_IDS, { message: 'choose a rule pack id from rulePacks' })
  pack?: RulePackId;

  @Field(() => PolicyExceptionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PolicyExceptionStatus)
  status?: PolicyExceptionStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'give a task id' })
  taskId?: string;
}

@ArgsType()
export class SetPolicySeverityArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a production id' })
  productionId!: string;

  @Field(() => PolicyRuleId)
  @IsEnum(PolicyRuleId)
  ruleId!: PolicyRuleId;

  @Field(() => PolicySeverity)
  @IsEnum(PolicySeverity)
  severity!: PolicySeverity;
}

@ArgsType()
export class ReviewPolicyExceptionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a policy exception id' })
  id!: string;

  @Field(() => PolicyReviewStatus)
  @IsEnum(PolicyReviewStatus)
  reviewStatus!: PolicyReviewStatus;

  @Field({ defaultValue: '' })
  @MaxLength(4000, { message: 'keep the review note under 4,000 characters' })
  note!: string;
}

@ArgsType()
export class ClosePolicyExceptionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a policy exception id' })
  id!: string;

  @Field({
    description: 'Resolution: what fixed it. Waiver: why the exception is accepted (required).',
    defaultValue: '',
  })
  @Length(0, 4000, { message: 'keep it under 4,000 characters' })
  reason!: string;
}

@ArgsType()
export class SetProductionRulePacksArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a production id' })
  productionId!: string;

  @Field(() => [String], {
    description: 'Pack ids (rulePacks); frameledger-core applies whether it is listed or not.',
  })
  @ArrayMaxSize(50, { message: 'list each pack once; there are far fewer than 50' })
  @MaxLength(100, { each: true, message: 'a pack id is a short name such as sag-aftra-tv-2023' })
  packs!: string[];
}
