import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow, IsBoolean, IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { IsCurrency, IsTime } from '../../../common/input-rules';
import { MinorUnitsScalar } from '../../../platform/graphql/money';
import { LikenessKind } from '../../../platform/graphql/vocabulary.enums';

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a production id' })
  productionId!: string;

  @Field({ description: 'The performer as named on the task or shot.' })
  @Length(0, 200, { message: 'keep the name under 200 characters' })
  performerName!: string;

  @Field(() => LikenessKind)
  @IsEnum(LikenessKind)
  replicaKind!: LikenessKind;

  @Field({ description: 'The use the performer agreed to, as the document words it.' })
  @Length(1, 4000, { message: 'describe the agreed use in 1 to 4,000 characters' })
  scope!: string;

  @Field(() => String, {
    nullable: true,
    description: 'sha256 of the uploaded signed document (POST /files/governance/consent-documents).',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/, {
    message: 'give the sha256 the upload returned (64 lower-case hex characters)',
  })
  documentSha256?: string | null;

  @Field()
  @IsTime()
  signedAt!: string;

  @Field()
  @IsTime()
  noticeGivenAt!: string;

  @Field(() => MinorUnitsScalar, { description: 'Compensation in minor units.' })
  @Allow()
  compensationMinor!: bigint;

  @Field()
  @IsCurrency()
  compensationCurrency!: string;

  @Field({ defaultValue: false, description: "Given by the performer's estate (a deceased performer)." })
  @IsBoolean()
  estateConsent!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the performer was scanned for the replica, as told to them before the scan.',
  })
  @IsOptional()
  @Length(1, 4000, { message: 'give the scan reason in 1 to 4,000 characters, or leave it out' })
  scanReason?: string | null;

  @Field({ defaultValue: false, description: 'The performer was a minor when the consent was signed.' })
  @IsBoolean()
  performerMinor!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Minors only: the parent or guardian who also consented.',
  })
  @IsOptional()
  @Length(1, 200, { message: "give the guardian's name in 1 to 200 characters, or leave it out" })
  guardianName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "When the performer's data was licensed to a third party for AI training; omit if it was not.",
  })
  @IsOptional()
  @IsTime()
  trainingLicensedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the performer was told of that training licence.',
  })
  @IsOptional()
  @IsTime()
  trainingNoticeAt?: string | null;
}

@InputType()
export class RecordNoticeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give a production id' })
  productionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Union notices only: the synthetic performer task; omit for the whole production.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'give a task id' })
  taskId?: string | null;

  @Field({ description: 'e.g. "IATSE Local 839 (The Animation Guild)" or "SAG-AFTRA".' })
  @Length(1, 200, { message: 'name the union in 1 to 200 characters' })
  unionName!: string;

  @Field({ description: 'What the notice said: the work, the tools, the period.' })
  @Length(1, 4000, { message: 'describe the notice in 1 to 4,000 characters' })
  scope!: string;

  @Field()
  @IsTime()
  givenAt!: string;
}
