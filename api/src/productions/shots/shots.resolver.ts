import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { EpisodesService } from '../episodes/episodes.service';
import { ScopeArgs } from '../../platform/auth/production-scope';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { requestLoader } from '../../platform/graphql/request-loader';
import { CreateShotInput, ShotConnection, ShotFilterArgs, ShotType, UpdateShotInput } from './shot.types';
import { loadShot } from './shot.loaders';
import { ShotRow } from './shots.repository';
import { ShotsService } from './shots.service';

@Resolver(() => ShotType)
export class ShotsResolver {
  constructor(
    private readonly service: ShotsService,
    private readonly episodes: EpisodesService,
  ) {}

  @AnyRole()
  @Query(() => ShotConnection, {
    description: "A production's shots by code, optionally of one episode or sequence.",
  })
  shots(@Args() args: ShotFilterArgs) {
    return this.service.list(args);
  }

  @AnyRole()
  @ScopeArgs({ id: 'shot' })
  @Query(() => ShotType)
  shot(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() context: object) {
    return loadShot(context, this.service, id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => ShotType)
  createShot(@Args('input') input: CreateShotInput, @CurrentUser() actor: Actor) {
    return this.service.create(input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @ScopeArgs({ id: 'shot' })
  @Mutation(() => ShotType, {
    description: 'Changes a shot’s code, sequence, frames, frame rate, description or performer likeness.',
  })
  updateShot(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateShotInput,
    @CurrentUser() actor: Actor,
  ) {
    return this.service.update(id, input, actor.id);
  }

  @ResolveField()
  episode(@Parent() shot: ShotRow, @Context() context: object) {
    if (!shot.episodeId) return null;
    return requestLoader(context, 'episode', (ids: readonly string[]) => this.episodes.byIds(ids)).load(
      shot.episodeId,
    );
  }
}
