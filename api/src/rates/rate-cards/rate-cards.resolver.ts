import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { requestLoader } from '../../platform/graphql/request-loader';
import { CreateRateCardInput, SetRateCardLineInput } from './rate-card.input';
import { RateCardConnection, RateCardType } from './rate-card.types';
import { RateCardsService } from './rate-cards.service';

@Resolver(() => RateCardType)
export class RateCardsResolver {
  constructor(private readonly service: RateCardsService) {}

  @AnyRole()
  @Query(() => RateCardConnection, {
    description:
      "Rate cards, newest first; with productionId, that production's cards and the studio-wide ones.",
  })
  rateCards(
    @Args() page: PageArgs,
    @Args('productionId', { type: () => ID, nullable: true }, UuidPipe) productionId?: string,
  ) {
    return this.service.list(productionId, page.first, page.after);
  }

  @AnyRole()
  @Query(() => RateCardType, {
    nullable: true,
    description:
      'The card that prices the production’s work today: its own newest card in effect (on the later of today and its start), else the newest studio-wide card in its currency; null when none is.',
  })
  rateCardInEffect(@Args('productionId', { type: () => ID }, UuidPipe) productionId: string) {
    return this.service.inEffect(productionId);
  }

  @AnyRole()
  @Query(() => RateCardType)
  rateCard(@Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.service.get(id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => RateCardType)
  createRateCard(@Args('input') input: CreateRateCardInput, @CurrentUser() actor: Actor) {
    return this.service.create(input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => RateCardType, { description: "Adds a role's line to a card, or replaces it." })
  setRateCardLine(@Args('input') input: SetRateCardLineInput, @CurrentUser() actor: Actor) {
    return this.service.setLine(input, actor.id);
  }

  @ResolveField()
  async lines(@Parent() card: RateCardType, @Context() context: object) {
    const lines = requestLoader(context, 'rateCard.lines', (ids: readonly string[]) =>
      this.service.linesByCard(ids),
    );
    return (await lines.load(card.id)) ?? [];
  }
}
