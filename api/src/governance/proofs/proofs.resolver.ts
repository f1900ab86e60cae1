import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { AUDIT_READERS } from '../../common/governance-roles';
import { AuditCheckpointType, AuditConsistencyProofType, AuditInclusionProofType } from './proof.types';
import { ProofsService } from './proofs.service';

/** Witnesses read signed heads and consistency proofs (nothing else) to decide what to cosign. */
const HEAD_READERS = [...AUDIT_READERS, Role.WITNESS];

@Resolver()
export class ProofsResolver {
  constructor(private readonly proofs: ProofsService) {}

  @Roles(...HEAD_READERS)
  @Query(() => AuditCheckpointType, {
    nullable: true,
    description: 'The signed checkpoint of that size, or the latest.',
  })
  auditCheckpoint(@Args('treeSize', { type: () => Int, nullable: true }) treeSize?: number) {
    return this.proofs.checkpoint(treeSize ?? undefined);
  }

  @Roles(...AUDIT_READERS)
  @Mutation(() => AuditCheckpointType, {
    description:
      'Signs a checkpoint at the head of the log now. It attests to the log and changes none of its events.',
  })
  signAuditCheckpoint() {
    return this.proofs.signHead();
  }

  @Roles(...AUDIT_READERS)
  @Query(() => AuditInclusionProofType, {
    description: 'Proof that event seq is in the first signed checkpoint covering it.',
  })
  auditInclusionProof(@Args('seq', { type: () => Int }) seq: number) {
    return this.proofs.inclusion(seq);
  }

  @Roles(...HEAD_READERS)
  @Query(() => AuditConsistencyProofType, {
    description: 'Proof that the log of `from` events is a prefix of the log of `to` events.',
  })
  auditConsistencyProof(
    @Args('from', { type: () => Int }) from: number,
    @Args('to', { type: () => Int }) to: number,
  ) {
    return this.proofs.consistency(from, to);
  }
}
