import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { GOVERNANCE_READERS, GOVERNANCE_RECORDERS } from '../../common/governance-roles';
import { ConsentsService } from './consents.service';
import { ConsentType, NoticeType } from './consent.types';
import { RecordConsentInput, RecordNoticeInput } from './dto/consent.inputs';

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
  @Query(() => [ConsentType], { description: 'Consents, by production then signature date.' })
  consents(@Args('productionId', { type: () => ID, nullable: true }) productionId?: string) {
    return this.service.consents(productionId ?? undefined);
  }

  @Roles(...GOVERNANCE_READERS)
  @Query(() => [NoticeType], { description: 'Worker notices (generative AI on covered work).' })
  workerNotices(@Args('productionId', { type: () => ID, nullable: true }) productionId?: string) {
    return this.service.notices('worker', productionId ?? undefined);
  }

  @Roles(...GOVERNANCE_READERS)
  @Query(() => [NoticeType], { description: 'Union notices (synthetic performers).' })
  unionNotices(@Args('productionId', { type: () => ID, nullable: true }) productionId?: string) {
    return this.service.notices('union', productionId ?? undefined);
  }
}
