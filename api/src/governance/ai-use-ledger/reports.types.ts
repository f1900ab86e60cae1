import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Connection } from '../../platform/graphql/connection';
import { Money } from '../../platform/graphql/money';
import { ConsentType } from '../consents/consent.types';
import { PolicyExceptionStatus, PolicyRuleId } from '../policy/policy.types';
import { ProductionRangeArgs } from '../../platform/graphql/time-range';

/** A reviewer reads the latest uses first; an auditor walking history reads oldest first. */
export enum LedgerOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(LedgerOrder, {
  name: 'LedgerOrder',
  description: 'The order of the AI-use ledger by finish time.',
});

@ArgsType()
export class AiUseFilterArgs extends ProductionRangeArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'give a model id' })
  modelId?: string;

  @Field(() => LedgerOrder, {
    defaultValue: LedgerOrder.NEWEST_FIRST,
    description: 'By finish time; the cursor pages in this order.',
  })
  @IsOptional()
  @IsEnum(LedgerOrder, { message: 'choose NEWEST_FIRST or OLDEST_FIRST' })
  order?: LedgerOrder;
}

@ObjectType('PolicyExceptionRef')
export class PolicyExceptionRefType {
  @Field(() => ID) id!: string;
  @Field(() => PolicyRuleId) ruleId!: PolicyRuleId;
  @Field(() => PolicyExceptionStatus) status!: PolicyExceptionStatus;
}

@ObjectType('AiUse', {
  description:
    'One AI use: an AI cost line (a pipeline job or an external render log) with everything a reviewer asks of it.',
})
export class AiUseType {
  @Field(() => ID) runId!: string;
  @Field({ description: 'PIPELINE (our worker) or EXTERNAL (a vendor render log).' }) source!: string;
  @Field(() => ID, { nullable: true }) jobId!: string | null;
  @Field(() => String, { nullable: true }) externalRef!: string | null;
  @Field(() => ID) productionId!: string;
  @Field() productionCode!: string;
  @Field() shotCode!: string;
  @Field(() => ID) taskId!: string;
  @Field() taskType!: string;
  @Field({ description: 'HUMAN, AI_ASSISTED or AI_FINAL.' }) path!: string;
  @Field(() => ID, { nullable: true }) modelId!: string | null;
  @Field() modelName!: string;
  @Field(() => String, { nullable: true }) modelSha256!: string | null;
  @Field(() => String, { nullable: true }) licence!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Training-data declaration: LICENSED, CONSENTED, ... UNKNOWN.',
  })
  trainingData!: string | null;
  @Field(() => String, { nullable: true }) trainingDataNotes!: string | null;
  @Field(() => String, { nullable: true }) vendor!: string | null;
  @Field(() => String, { nullable: true }) modelStatus!: string | null;
  @Field(() => String, { nullable: true, description: 'Email of the admin who approved the model.' })
  modelApprovedBy!: string | null;
  @Field(() => String, { nullable: true }) modelApprovedAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The vendor tool of an external run (recordAiRun); its licence and training data fill those fields.',
  })
  tool!: string | null;
  @Field(() => String, { nullable: true, description: 'Who ran the vendor tool.' }) operator!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "An external run's outputs' C2PA status, the weakest of them: INVALID, NONE, UNVERIFIED or VERIFIED (NONE without files). Null for pipeline runs, whose renders carry their own.",
  })
  c2paStatus!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Email of who ran it (requested the job, or recorded the external run).',
  })
  ranBy!: string | null;
  @Field(() => String, { nullable: true, description: 'Execution provider: cuda, webgpu or cpu.' })
  provider!: string | null;
  @Field() deviceClass!: string;
  @Field(() => Int) frames!: number;
  @Field(() => Float) wallMs!: number;
  @Field() finishedAt!: string;
  @Field(() => Money) computeCost!: Money;
  @Field() inFinalDeliverable!: boolean;
  @Field() likenessKind!: string;
  @Field(() => String, { nullable: true }) performerName!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'NOT_NEEDED, MISSING, SIGNED_AFTER_FIRST_USE, NOTICE_UNDER_48H or OK.',
  })
  consentStanding!: string;
  @Field(() => ID, { nullable: true, description: 'The consent the standing rests on.' }) consentId!:
    string | null;
  @Field(() => String, { nullable: true }) firstLikenessUseAt!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: "Hours between that consent's notice and the first use.",
  })
  noticeHoursBeforeFirstUse!: number | null;
  @Field(() => [PolicyExceptionRefType]) exceptions!: PolicyExceptionRefType[];
}

export const AiUseConnection = Connection(AiUseType, 'AiUse');

@ObjectType('ModelInventoryEntry', {
  description: 'A registered model with its provenance, approval and use.',
})
export class ModelInventoryEntryType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() version!: string;
  @Field() sha256!: string;
  @Field(() => Float) sizeBytes!: number;
  @Field() licence!: string;
  @Field() trainingData!: string;
  @Field() trainingDataNotes!: string;
  @Field() vendor!: string;
  @Field() source!: string;
  @Field({ description: 'HAND_SET or TRAINED.' }) weights!: string;
  @Field(() => [String]) taskTypes!: string[];
  @Field() status!: string;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true }) decidedAt!: string | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => Int, { description: 'AI runs with this model.' }) runs!: number;
  @Field(() => Float) frames!: number;
  @Field(() => [String], { description: 'Codes of the productions it ran on.' }) productions!: string[];
  @Field(() => String, { nullable: true }) lastUsedAt!: string | null;
  @Field(() => Int) openExceptions!: number;
}

@ObjectType('ConsentRegisterEntry', {
  description: 'A consent with how it stands against the first use of the likeness.',
})
export class ConsentRegisterEntryType extends ConsentType {
  @Field(() => String, { nullable: true }) firstLikenessUseAt!: string | null;
  @Field(() => Float, { nullable: true }) noticeHoursBeforeFirstUse!: number | null;
  @Field({ description: 'UNUSED (no AI use yet), SIGNED_AFTER_FIRST_USE, NOTICE_UNDER_48H or OK.' })
  standing!: string;
  @Field(() => Int, { description: 'Tasks naming this performer with this likeness kind.' }) tasks!: number;
  @Field(() => Int, { description: "Open LIKENESS_CONSENT exceptions on the performer's tasks." })
  openExceptions!: number;
}
