import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditExport', {
  description: 'An audit export: JSON lines of events, signed checkpoints and the public key.',
})
export class AuditExportType {
  @Field() fileName!: string;
  @Field({ description: "'complete' (every event) or 'filtered' (events with inclusion proofs)." })
  scope!: string;
  @Field(() => Int) eventCount!: number;
  @Field(() => Int) checkpointCount!: number;
  @Field() keyId!: string;
  @Field({ description: 'The file: verify it offline with `npm run audit:verify -- FILE`.' })
  content!: string;
}
