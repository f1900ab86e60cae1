import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

export enum TrainsOnInputs {
  YES = 'YES',
  NO = 'NO',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(TrainsOnInputs, {
  name: 'TrainsOnInputs',
  description: "Whether the tool's terms let its maker train on what the production feeds it.",
});

/**
 * A tool's data terms, on a model registration and on a vendor tool: what distributor guidance's
 * second and third principles ask (the tool does not store, reuse or train on production data; an
 * enterprise-secured environment). Weighed by FIVE_PRINCIPLES_CHECKED (ai-use-rules.ts).
 */
@InputType('ToolDataTermsInput')
@ObjectType('ToolDataTerms', {
  description: "The tool's terms for production data: training on inputs, retention, enterprise agreement.",
})
export class ToolDataTerms {
  @Field(() => TrainsOnInputs) @IsEnum(TrainsOnInputs) trainsOnInputs!: TrainsOnInputs;

  @Field(() => Int, {
    nullable: true,
    description: 'Days the tool keeps inputs and outputs (0: not kept); null: unknown.',
  })
  @IsOptional()
  @IsInt({ message: 'give whole days, or leave it out when unknown' })
  @Min(0, { message: 'retention cannot be negative days' })
  @Max(36_500, { message: 'give retention in days, at most 36,500 (100 years)' })
  retentionDays!: number | null;

  @Field({ description: 'Used under an enterprise agreement (an enterprise-secured environment).' })
  @IsBoolean()
  enterpriseAgreement!: boolean;
}

/** A model FrameLedger's own workers run: inputs never reach its maker, nothing is kept elsewhere. */
export const SELF_HOSTED_TERMS: ToolDataTerms = {
  trainsOnInputs: TrainsOnInputs.NO,
  retentionDays: 0,
  enterpriseAgreement: true,
};

/** A vendor's tool whose terms nobody has recorded. */
export const UNKNOWN_TERMS: ToolDataTerms = {
  trainsOnInputs: TrainsOnInputs.UNKNOWN,
  retentionDays: null,
  enterpriseAgreement: false,
};

/** The three columns of a table (alias `t`) as one dataTerms object. */
export const dataTermsSql = (t: string) =>
  `json_build_object('trainsOnInputs', ${t}.trains_on_inputs, 'retentionDays', ${t}.retention_days,
    'enterpriseAgreement', ${t}.enterprise_agreement)`;
