import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, Length, Matches, Min } from 'class-validator';

@ObjectType('WitnessCosignedHead', { description: 'A head of the audit log a witness cosigned.' })
export class WitnessCosignedHeadType {
  @Field(() => Int) treeSize!: number;
  @Field() rootHash!: string;
  @Field({ description: "The witness's own time of signing (ISO 8601)." }) signedAt!: string;
  @Field({ description: 'When the server received it (ISO 8601).' }) receivedAt!: string;
}

@ObjectType('WitnessRefusal', {
  description: 'A head a witness would not cosign, because it does not extend what the witness saw.',
})
export class WitnessRefusalType {
  @Field(() => Int) treeSize!: number;
  @Field(() => Int, { description: 'The head the witness had cosigned before.' }) fromSize!: number;
  @Field() reason!: string;
  @Field() signedAt!: string;
  @Field() receivedAt!: string;
}

@ObjectType('AuditWitness', { description: 'An independent party that cosigns heads of the audit log.' })
export class WitnessType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() organisation!: string;
  @Field({ description: 'First 16 hex characters of sha256 of the raw Ed25519 public key.' }) keyId!: string;
  @Field({ description: 'SPKI PEM.' }) publicKey!: string;
  @Field() registeredAt!: string;
  @Field(() => WitnessCosignedHeadType, { nullable: true }) lastCosigned!: WitnessCosignedHeadType | null;
  @Field(() => WitnessRefusalType, { nullable: true }) lastRefusal!: WitnessRefusalType | null;
  @Field({ description: 'True when the latest word from this witness is a refusal.' }) refusing!: boolean;
}

@ObjectType('AuditContinuityFinding', {
  description: 'A time the server found the log no longer extends a head it signed.',
})
export class ContinuityFindingType {
  @Field(() => Int, { description: 'The smallest signed size the log no longer extends.' }) treeSize!: number;
  @Field(() => Int, { description: 'The largest signed size the log still extends.' })
  consistentUpTo!: number;
  @Field(() => Int) logSize!: number;
  @Field() detectedAt!: string;
  @Field() message!: string;
}

@ObjectType('AuditContinuity', {
  description:
    "The server's own check that the log extends every head it signed (kept outside the database).",
})
export class ContinuityType {
  @Field({ description: 'False while history below a signed head differs from what was signed.' })
  ok!: boolean;
  @Field(() => String, { nullable: true }) checkedAt!: string | null;
  @Field(() => Int) logSize!: number;
  @Field(() => Int, { description: 'The largest head recorded in the checkpoints file.' })
  lastSignedSize!: number;
  @Field(() => ContinuityFindingType, { nullable: true }) finding!: ContinuityFindingType | null;
  @Field(() => [ContinuityFindingType], { description: 'Every finding recorded in the data folder.' })
  findings!: ContinuityFindingType[];
}

@InputType()
export class RegisterWitnessInput {
  @Field() @IsString() @Length(1, 200) name!: string;
  @Field() @IsString() @Length(1, 200) organisation!: string;
  @Field({ description: 'Ed25519 public key: SPKI PEM, or the raw 32 bytes in base64.' })
  @IsString()
  @Length(40, 400)
  publicKey!: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

@InputType({ description: "A witness's signed statement about a head (see docs/governance.md)." })
export class WitnessStatementInput {
  @Field(() => Int) @IsInt() @Min(0) treeSize!: number;
  @Field() @Matches(HEX64, { message: 'rootHash must be 64 lower-case hex characters' }) rootHash!: string;
  @Field({ description: "The witness's time of signing, ISO 8601 UTC." })
  @Matches(ISO, {
    message: 'at must be an ISO 8601 UTC time with milliseconds, such as 2026-01-31T12:00:00.000Z',
  })
  at!: string;
  @Field({ description: 'Base64 Ed25519 signature.' }) @IsString() @Length(1, 200) signature!: string;
}

@InputType()
export class WitnessRefusalInput extends WitnessStatementInput {
  @Field(() => Int) @IsInt() @Min(0) fromSize!: number;
  @Field() @IsString() @Length(1, 2000) reason!: string;
}
