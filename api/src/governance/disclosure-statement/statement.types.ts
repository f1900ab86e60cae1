import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DisclosureStatement', {
  description:
    "A deliverable's signed AI disclosure statement: every generative use that reached it (docs/governance.md).",
})
export class DisclosureStatementType {
  @Field({
    description:
      'The statement as canonical JSON: exactly the bytes the signature covers, after the domain line.',
  })
  statementJson!: string;
  @Field({
    description:
      "Base64 Ed25519 by the audit key over 'frameledger/disclosure-statement/1\\n' + statementJson.",
  })
  signature!: string;
  @Field() keyId!: string;
  @Field() publicKeyPem!: string;
  @Field(() => Int, {
    description: 'The audit log tree size the statement references (its generation event included).',
  })
  treeSize!: number;
  @Field(() => Int, { description: 'How many generative uses it lists.' }) uses!: number;
}
