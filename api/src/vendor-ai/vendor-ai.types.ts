import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  Allow,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsCurrency, IsDay, IsTime } from '../common/input-rules';
import { Money, MinorUnitsScalar } from '../platform/graphql/money';
import { TrainingDataKind } from '../inference/registry/model.types';
import { ToolDataTerms } from '../inference/registry/data-terms';
import { C2paStatus } from './c2pa-status';
import { ImportProblemType } from '../planning/breakdown/import-problem.type';
import { MAX_IMPORT_CHARS } from '../planning/breakdown/breakdown.types';

export enum VendorUnit {
  SECOND_OF_FOOTAGE = 'SECOND_OF_FOOTAGE',
  CREDIT = 'CREDIT',
  TOKEN = 'TOKEN',
  GPU_HOUR = 'GPU_HOUR',
  FLAT = 'FLAT',
}
registerEnumType(VendorUnit, {
  name: 'VendorUnit',
  description:
    'What a vendor bills by: seconds of footage, credits, tokens, GPU hours, or FLAT (a fixed amount per job).',
});

registerEnumType(C2paStatus, {
  name: 'C2paStatus',
  description:
    "An output file's C2PA content credentials: VERIFIED (intact and bound to the bytes; the signer is not checked against a trust list), INVALID, UNVERIFIED (present, not checkable here) or NONE.",
});

/** Exact decimals: sub-cent prices and fractional credits are kept exactly (docs/reports.md, "Vendor prices"). */
/** Prices (minor units per unit) to 9 decimals; quantities and credits to 6, as the columns keep them. */
const PRICE = /^\d{1,14}(\.\d{1,9})?$/;
const QUANTITY = /^\d{1,14}(\.\d{1,6})?$/;
const PRICE_MESSAGE = 'write a decimal number of zero or more with at most 9 decimals, such as 20 or 0.0015';
const QUANTITY_MESSAGE = 'write a decimal number of zero or more with at most 6 decimals, such as 12 or 6.25';

@ObjectType('VendorTool', {
  description: "A vendor's AI tool, with its licence and training-data declaration.",
})
export class VendorToolType {
  @Field(() => ID) id!: string;
  @Field() vendor!: string;
  @Field() name!: string;
  @Field() licence!: string;
  @Field(() => TrainingDataKind) trainingData!: TrainingDataKind;
  @Field() trainingDataNotes!: string;
  @Field(() => ToolDataTerms, {
    description: "The tool's terms for production data (UNKNOWN until recorded).",
  })
  dataTerms!: ToolDataTerms;
  @Field(() => [ID], { description: 'Productions an admin has approved the tool for.' })
  approvedProductionIds!: string[];
}

@ObjectType('VendorPlan', {
  description:
    'A monthly plan: the fee buys an allowance of credits, each credit over it costs the overage price.',
})
export class VendorPlanType {
  @Field(() => ID) id!: string;
  @Field(() => ID) toolId!: string;
  @Field() name!: string;
  @Field(() => Money) monthlyFee!: Money;
  @Field({ description: 'Credits included each month (exact decimal).' }) monthlyCredits!: string;
  @Field({ description: 'Minor units per credit over the allowance (exact decimal).' })
  overagePerCreditMinor!: string;
  @Field({ description: 'YYYY-MM-DD' }) effectiveFrom!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, exclusive; null: open-ended.' })
  effectiveTo!: string | null;
}

@ObjectType('VendorPrice', {
  description: "One line of a tool's price list: money per unit, or credits per unit drawn from a plan.",
})
export class VendorPriceType {
  @Field(() => ID) id!: string;
  @Field(() => ID) toolId!: string;
  @Field(() => VendorUnit) unit!: VendorUnit;
  @Field() currency!: string;
  @Field(() => String, { nullable: true, description: 'Minor units per unit (exact decimal).' })
  pricePerUnitMinor!: string | null;
  @Field(() => ID, { nullable: true }) planId!: string | null;
  @Field(() => String, { nullable: true, description: 'Plan credits per unit (exact decimal).' })
  creditsPerUnit!: string | null;
  @Field() effectiveFrom!: string;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
}

@InputType()
export class RegisterVendorToolInput {
  @Field() @Length(1, 120) vendor!: string;
  @Field() @Length(1, 120) name!: string;
  @Field({ description: 'The licence the studio uses the tool under.' }) @Length(1, 500) licence!: string;
  @Field(() => TrainingDataKind) @IsEnum(TrainingDataKind) trainingData!: TrainingDataKind;
  @Field({ defaultValue: '' }) @Length(0, 2000) trainingDataNotes!: string;
  @Field(() => ToolDataTerms, {
    nullable: true,
    description: "The vendor's terms for production data; omitted: unknown.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ToolDataTerms)
  dataTerms?: ToolDataTerms | null;
}

@InputType()
export class VendorPlanInput {
  @Field(() => ID) @IsUUID('all', { message: 'pass a vendor tool id' }) toolId!: string;
  @Field() @Length(1, 120) name!: string;
  @Field() @IsCurrency() currency!: string;
  @Field(() => MinorUnitsScalar) @Allow() monthlyFeeMinor!: bigint;
  @Field() @Matches(QUANTITY, { message: QUANTITY_MESSAGE }) monthlyCredits!: string;
  @Field() @Matches(PRICE, { message: PRICE_MESSAGE }) overagePerCreditMinor!: string;
  @Field() @IsDay() effectiveFrom!: string;
  @Field({ nullable: true }) @IsOptional() @IsDay() effectiveTo?: string;
}

@InputType({ description: 'Give either pricePerUnitMinor (and currency), or planId and creditsPerUnit.' })
export class VendorPriceInput {
  @Field(() => ID) @IsUUID('all', { message: 'pass a vendor tool id' }) toolId!: string;
  @Field(() => VendorUnit) @IsEnum(VendorUnit) unit!: VendorUnit;
  @Field({ nullable: true }) @IsOptional() @IsCurrency() currency?: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(PRICE, { message: PRICE_MESSAGE })
  pricePerUnitMinor?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'pass a vendor plan id' })
  planId?: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(QUANTITY, { message: QUANTITY_MESSAGE })
  creditsPerUnit?: string;
  @Field() @IsDay() effectiveFrom!: string;
  @Field({ nullable: true }) @IsOptional() @IsDay() effectiveTo?: string;
}

@InputType()
export class VendorUsageInput {
  @Field(() => VendorUnit) @IsEnum(VendorUnit) unit!: VendorUnit;
  @Field({ description: 'How much, in that unit (exact decimal): 12 seconds, 1250000 tokens, 1 FLAT job.' })
  @Matches(QUANTITY, { message: QUANTITY_MESSAGE })
  quantity!: string;
}

@InputType({ description: 'An AI run done in a vendor tool, recorded against a task.' })
export class RecordAiRunInput {
  @Field(() => ID) @IsUUID('all', { message: 'pass a task id' }) taskId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'pass a vendor tool id' }) toolId!: string;
  @Field({ nullable: true, description: "The vendor's model name; or give modelId." })
  @IsOptional()
  @Length(1, 120)
  modelName?: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 40) modelVersion?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'An approved model of the registry, instead of a name and version.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'pass a model id' })
  modelId?: string;
  @Field({ description: 'ISO 8601' }) @IsTime() startedAt!: string;
  @Field({ description: 'ISO 8601; the run counts in the quarter it finished.' })
  @IsTime()
  finishedAt!: string;
  @Field(() => VendorUsageInput) @ValidateNested() @Type(() => VendorUsageInput) usage!: VendorUsageInput;
  @Field(() => ID, {
    nullable: true,
    description: "The price list line; default: the tool's line for the unit in effect on the finish day.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'pass a vendor price id' })
  priceId?: string;
  @Field({ description: 'The invoice or purchase order reference.' }) @Length(1, 120) invoiceRef!: string;
  @Field({ description: 'Who ran the tool.' }) @Length(1, 120) operator!: string;
  @Field(() => [ID], { defaultValue: [], description: 'Files uploaded to POST /files/vendor-ai/outputs.' })
  @ArrayMaxSize(50, { message: 'attach at most 50 output files' })
  @IsUUID('all', { each: true, message: 'pass file ids from POST /files/vendor-ai/outputs' })
  outputFileIds!: string[];
}

@ObjectType('AiRunOutput')
export class AiRunOutputType {
  @Field(() => ID) fileId!: string;
  @Field() sha256!: string;
  @Field() originalName!: string;
  @Field() url!: string;
  @Field(() => C2paStatus) c2paStatus!: C2paStatus;
  @Field() c2paDetail!: string;
}

@ObjectType('ExternalAiRun', { description: 'An AI run done in a vendor tool, as the run ledger holds it.' })
export class ExternalAiRunType {
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => ID) toolId!: string;
  @Field() tool!: string;
  @Field() modelLabel!: string;
  @Field(() => ID, { nullable: true }) modelId!: string | null;
  @Field() startedAt!: string;
  @Field() finishedAt!: string;
  @Field(() => VendorUnit) usageUnit!: VendorUnit;
  @Field() usageQuantity!: string;
  @Field(() => String, { nullable: true, description: 'Plan credits drawn, for plan-priced runs.' })
  credits!: string | null;
  @Field(() => ID) priceId!: string;
  @Field() invoiceRef!: string;
  @Field() operator!: string;
  @Field(() => Money, {
    description:
      "The run's cost; for a plan, its share of the month's fee and overage (changes as the month's runs come in).",
  })
  cost!: Money;
  @Field(() => [AiRunOutputType]) outputs!: AiRunOutputType[];
}

export enum AiUsageFormat {
  CSV = 'CSV',
}
registerEnumType(AiUsageFormat, {
  name: 'AiUsageFormat',
  description: 'CSV: the columns in docs/imports.md.',
});

@ArgsType()
export class ImportAiUsageArgs {
  @Field(() => AiUsageFormat) @IsEnum(AiUsageFormat) format!: AiUsageFormat;
  @Field({ description: 'The file as text.' })
  @MaxLength(MAX_IMPORT_CHARS, { message: 'the file is larger than 20 MB; split it' })
  content!: string;
  @Field({ defaultValue: true, description: 'true: report the runs and every problem, write nothing.' })
  @IsBoolean()
  dryRun!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'The production whose shot codes the file uses, when several share one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'pass a production id this API gave out' })
  productionId?: string;
}

@ObjectType('AiUsageImport')
export class AiUsageImportType {
  @Field() dryRun!: boolean;
  @Field() committed!: boolean;
  @Field(() => Int) count!: number;
  @Field(() => [ImportProblemType]) errors!: ImportProblemType[];
  @Field(() => [ExternalAiRunType], { description: 'The runs recorded (empty on a dry run).' })
  runs!: ExternalAiRunType[];
}
