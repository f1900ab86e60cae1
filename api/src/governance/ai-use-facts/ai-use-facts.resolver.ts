import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GOVERNANCE_READERS, GOVERNANCE_RECORDERS } from '../../common/governance-roles';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { AiUseFactsService } from './ai-use-facts.service';
import { AiUseFactsType } from './ai-use-facts.types';
import {
  AnswerAiUseChecklistInput,
  ClassifyAiUseInput,
  RecordAiUseApprovalInput,
  RecordAiUseDisclosureInput,
} from './dto/ai-use-facts.inputs';

@Resolver()
export class AiUseFactsResolver {
  constructor(private readonly service: AiUseFactsService) {}

  @Roles(...GOVERNANCE_READERS)
  @Query(() => AiUseFactsType, {
    description: "A task's AI use: disclosures, five-principle check, approvals, output status.",
  })
  aiUseFacts(@Args('taskId', { type: () => ID }) taskId: string) {
    return this.service.aiUse(taskId);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => AiUseFactsType, {
    description: "Records a disclosure of the AI use to the distributor's contact (audited).",
  })
  recordAiUseDisclosure(@Args('input') input: RecordAiUseDisclosureInput, @CurrentUser() actor: Actor) {
    return this.service.recordDisclosure(input, actor.id);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => AiUseFactsType, {
    description: 'Answers the five-principle check, replacing earlier answers (audited).',
  })
  answerAiUseChecklist(@Args('input') input: AnswerAiUseChecklistInput, @CurrentUser() actor: Actor) {
    return this.service.answerChecklist(input, actor.id);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => AiUseFactsType, {
    description: 'Records a written approval of the AI use, by category (audited).',
  })
  recordAiUseApproval(@Args('input') input: RecordAiUseApprovalInput, @CurrentUser() actor: Actor) {
    return this.service.recordApproval(input, actor.id);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => AiUseFactsType, {
    description: 'Classifies the AI use as generative or assistive, with the reason (audited).',
  })
  classifyAiUse(@Args('input') input: ClassifyAiUseInput, @CurrentUser() actor: Actor) {
    return this.service.classify(input, actor.id);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => AiUseFactsType, {
    description:
      "Promotes the task's AI output from temporary to final (audited); refused with POLICY_BLOCKED when a required approval is missing.",
  })
  promoteAiOutputToFinal(@Args('taskId', { type: () => ID }) taskId: string, @CurrentUser() actor: Actor) {
    return this.service.promoteToFinal(taskId, actor.id);
  }
}
