import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { FiltersByMembership, readableProductions } from '../../platform/auth/production-scope';
import { GOVERNANCE_READERS, GOVERNANCE_RECORDERS } from '../../common/governance-roles';
import { ConsentsService } from './consents.service';
import { ConsentType, NoticeType } from './consent.types';
import { RecordConsentInput, RecordNoticeInput } from './dto/consent.inputs';

const readable = (actor: Actor, productionId?: string) =>
  readableProductions(actor, GOVERNANCE_READERS, productionId);

@Resolver()
export class ConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => ConsentType, { description: "Records a performer's signed consent (audited)." })
  recordConsent(@Args('input') input: RecordConsentInput, @CurrentUser() actor: Actor) {
    return this.service.recordConsent(input, actor.id);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => NoticeType, {
    description: "Records notice to the crew's unions of generative AI on the production (audited).",
  })
  recordWorkerNotice(@Args('input') input: RecordNoticeInput, @CurrentUser() actor: Actor) {
    return this.service.recordWorkerNotice(input, actor.id);
  }

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => NoticeType, {
    description: "Records notice to the performers' union of a synthetic performer (audited).",
  })
  recordUnionNotice(@Args('input') input: RecordNoticeInput, @CurrentUser() actor: Actor) {
    return this.service.recordUnionNotice(input, actor.id);
  }

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Query(() => [ConsentType], { description: 'Consents, by production then signature date.' })
  consents(
    @CurrentUser() actor: Actor,
    @Args('productionId', { type: () => ID, nullable: true }) productionId?: string,
  ) {
    return this.service.consents(readable(actor, productionId));
  }

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Query(() => [NoticeType], { description: 'Worker notices (generative AI on covered work).' })
  workerNotices(
    @CurrentUser() actor: Actor,
    @Args('productionId', { type: () => ID, nullable: true }) productionId?: string,
  ) {
    return this.service.notices('worker', readable(actor, productionId));
  }

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Query(() => [NoticeType], { description: 'Union notices (synthetic performers).' })
  unionNotices(
    @CurrentUser() actor: Actor,
    @Args('productionId', { type: () => ID, nullable: true }) productionId?: string,
  ) {
    return this.service.notices('union', readable(actor, productionId));
  }
}
