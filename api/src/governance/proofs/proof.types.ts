import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditCheckpoint', {
  description: 'A signed statement: the first treeSize audit events have this RFC 6962 Merkle root.',
})
export class AuditCheckpointType {
  @Field(() => Int) treeSize!: number;
  @Field({ description: 'Hex Merkle tree hash over the event hashes of seq 1..treeSize.' }) rootHash!: string;
  @Field({ description: 'When it was signed (ISO 8601 UTC).' }) at!: string;
  @Field({ description: 'First 16 hex characters of sha256 of the raw Ed25519 public key.' }) keyId!: string;
  @Field({
    description:
      "Base64 Ed25519 over 'frameledger/checkpoint/1\\n' + canonical JSON of {treeSize, rootHash, at, keyId}.",
  })
  signature!: string;
  @Field({ description: 'The signing public key (SPKI PEM).' }) publicKey!: string;
}

@ObjectType('AuditEvent', { description: 'One event of the append-only audit log, as hashed.' })
export class AuditEventType {
  @Field(() => Int) seq!: number;
  @Field() at!: string;
  @Field() actor!: string;
  @Field() action!: string;
  @Field() subjectType!: string;
  @Field() subjectId!: string;
  @Field(() => String, { nullable: true }) productionId!: string | null;
  @Field({ description: 'The payload as canonical JSON.' }) payloadJson!: string;
  @Field() prevHash!: string;
  @Field() hash!: string;
}

@ObjectType('AuditInclusionProof', {
  description: 'RFC 6962 audit path: the event is leaf seq-1 of the signed tree.',
})
export class AuditInclusionProofType {
  @Field(() => AuditEventType) event!: AuditEventType;
  @Field(() => Int) leafIndex!: number;
  @Field(() => Int) treeSize!: number;
  @Field(() => [String], { description: 'Hex sibling hashes from the leaf upwards.' }) path!: string[];
  @Field(() => AuditCheckpointType) checkpoint!: AuditCheckpointType;
}

@ObjectType('AuditConsistencyProof', {
  description: 'RFC 6962 proof that the log of fromSize events is a prefix of the log of toSize.',
})
export class AuditConsistencyProofType {
  @Field(() => Int) fromSize!: number;
  @Field(() => Int) toSize!: number;
  @Field() fromRoot!: string;
  @Field() toRoot!: string;
  @Field(() => [String], { description: 'Hex hashes.' }) path!: string[];
  @Field(() => AuditCheckpointType, {
    nullable: true,
    description: 'The signed checkpoint at fromSize, when one was signed.',
  })
  fromCheckpoint!: AuditCheckpointType | null;
  @Field(() => AuditCheckpointType, {
    nullable: true,
    description: 'The signed checkpoint at toSize, when one was signed.',
  })
  toCheckpoint!: AuditCheckpointType | null;
}
