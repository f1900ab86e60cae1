import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { GOVERNANCE_READERS } from '../../common/governance-roles';
import { canonicalJson } from '../../platform/audit/core/canonical-json';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { statementJson } from './statement';
import { StatementService } from './statement.service';
import { DisclosureStatementType } from './statement.types';

@Resolver()
export class StatementResolver {
  constructor(private readonly statements: StatementService) {}

  @Roles(...GOVERNANCE_READERS)
  @Mutation(() => DisclosureStatementType, {
    description:
      "Generates a deliverable's signed AI disclosure statement (audited): the production, or one episode of it.",
  })
  async generateDisclosureStatement(
    @Args('productionId', { type: () => ID }) productionId: string,
    @Args('episodeId', { type: () => ID, nullable: true }) episodeId: string | null,
    @CurrentUser() actor: Actor,
  ): Promise<DisclosureStatementType> {
    const signed = await this.statements.generate(productionId, episodeId ?? null, actor.id);
    return {
      statementJson: canonicalJson(statementJson(signed.statement)),
      signature: signed.signature,
      keyId: signed.keyId,
      publicKeyPem: signed.publicKeyPem,
      treeSize: signed.statement.audit.treeSize,
      uses: signed.statement.uses.length,
    };
  }
}
