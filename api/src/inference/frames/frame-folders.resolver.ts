import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AnyRole } from '../../platform/auth/roles.decorator';
import { PageArgs } from '../../platform/graphql/connection';
import { FolderFrameConnection, FrameFolderConnection, FrameFolderType } from './frame-folder.types';
import { FrameFoldersService } from './frame-folders.service';

@Resolver(() => FrameFolderType)
export class FrameFoldersResolver {
  constructor(private readonly service: FrameFoldersService) {}

  @AnyRole()
  @Query(() => FrameFolderConnection, {
    description: 'Frame-sequence folders uploaded with POST /files/frames, newest first.',
  })
  frameFolders(@Args() page: PageArgs) {
    return this.service.list(page.first, page.after);
  }

  @AnyRole()
  @Query(() => FrameFolderType)
  frameFolder(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @ResolveField(() => FolderFrameConnection, { description: 'The frames in order of their number.' })
  frames(@Parent() folder: FrameFolderType, @Args() page: PageArgs) {
    return this.service.frames(folder, page.first, page.after);
  }
}
