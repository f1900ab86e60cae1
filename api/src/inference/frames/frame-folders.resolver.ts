import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES } from '../../common/roles';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { FiltersByMembership, visibleProductions } from '../../platform/auth/production-scope';
import { AnyRole } from '../../platform/auth/roles.decorator';
import { PageArgs } from '../../platform/graphql/connection';
import { FolderFrameConnection, FrameFolderConnection, FrameFolderType } from './frame-folder.types';
import { FrameFoldersService } from './frame-folders.service';

@Resolver(() => FrameFolderType)
export class FrameFoldersResolver {
  constructor(private readonly service: FrameFoldersService) {}

  @AnyRole()
  @FiltersByMembership()
  @Query(() => FrameFolderConnection, {
    description:
      "Frame-sequence folders uploaded with POST /files/frames, newest first; a person scoped to productions sees their productions' folders.",
  })
  frameFolders(@Args() page: PageArgs, @CurrentUser() actor: Actor) {
    return this.service.list(page.first, page.after, visibleProductions(actor, ALL_ROLES));
  }

  @AnyRole()
  @FiltersByMembership()
  @Query(() => FrameFolderType)
  frameFolder(@Args('id', { type: () => ID }) id: string, @CurrentUser() actor: Actor) {
    return this.service.get(id, visibleProductions(actor, ALL_ROLES));
  }

  @ResolveField(() => FolderFrameConnection, { description: 'The frames in order of their number.' })
  frames(@Parent() folder: FrameFolderType, @Args() page: PageArgs) {
    return this.service.frames(folder, page.first, page.after);
  }
}
