import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LoginResult } from '../../auth/auth.types';
import { Actor, CurrentUser } from '../../auth/current-user';
import { Public, Roles } from '../../auth/roles.decorator';
import { Role } from '../../../common/roles';
import { AUDIT_READERS } from '../../../common/governance-roles';
import { WitnessService } from './witness.service';
import {
  ContinuityType,
  RegisterWitnessInput,
  WitnessCosignedHeadType,
  WitnessRefusalInput,
  WitnessRefusalType,
  WitnessStatementInput,
  WitnessType,
} from './witness.types';

@Resolver()
export class WitnessResolver {
  constructor(private readonly witnesses: WitnessService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => WitnessType, {
    description: 'Registers a witness (its Ed25519 public key, name and organisation); audited.',
  })
  registerWitness(@Args('input') input: RegisterWitnessInput, @CurrentUser() actor: Actor) {
    return this.witnesses.register(input, actor.id);
  }

  @Roles(...AUDIT_READERS)
  @Query(() => [WitnessType], {
    description: 'Every witness with the last head it cosigned and its last refusal.',
  })
  auditWitnesses() {
    return this.witnesses.list();
  }

  @Roles(...AUDIT_READERS)
  @Query(() => ContinuityType, {
    description: "The server's check that the log still extends every head it signed.",
  })
  auditContinuity() {
    return this.witnesses.continuity();
  }

  @Public()
  @Mutation(() => LoginResult, {
    description:
      "A witness signs in with its key: a base64 Ed25519 signature over 'frameledger/witness-login/1\\n' + canonical JSON of {witnessKeyId, at}.",
  })
  witnessLogin(@Args('keyId') keyId: string, @Args('at') at: string, @Args('signature') signature: string) {
    return this.witnesses.login(keyId, at, signature);
  }

  @Roles(Role.WITNESS)
  @Mutation(() => WitnessCosignedHeadType, {
    description:
      "Cosigns a head this server signed: signature over 'frameledger/cosignature/1\\n' + canonical JSON of {logKeyId, treeSize, rootHash, witnessKeyId, at}.",
  })
  submitCosignature(@Args('input') input: WitnessStatementInput, @CurrentUser() actor: Actor) {
    return this.witnesses.cosign(actor.id, input);
  }

  @Roles(Role.WITNESS)
  @Mutation(() => WitnessRefusalType, {
    description:
      "Reports a head the witness would not cosign: signature over 'frameledger/witness-refusal/1\\n' + canonical JSON of {logKeyId, treeSize, fromSize, reason, witnessKeyId, at}.",
  })
  reportWitnessRefusal(@Args('input') input: WitnessRefusalInput, @CurrentUser() actor: Actor) {
    return this.witnesses.refuse(actor.id, input);
  }
}
