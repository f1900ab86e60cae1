import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { CreateEpisodeInput, EpisodeConnection, EpisodeType } from './episode.types';
import { EpisodesService } from './episodes.service';

@Resolver(() => EpisodeType)
export class EpisodesResolver {
  constructor(private readonly service: EpisodesService) {}

  @AnyRole()
  @Query(() => EpisodeConnection, { description: "A production's episodes, by number." })
  episodes(@Args('productionId', { type: () => ID }, UuidPipe) productionId: string, @Args() page: PageArgs) {
    return this.service.list(productionId, page.first, page.after);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => EpisodeType)
  createEpisode(@Args('input') input: CreateEpisodeInput, @CurrentUser() actor: Actor) {
    return this.service.create(input, actor.id);
  }
}
