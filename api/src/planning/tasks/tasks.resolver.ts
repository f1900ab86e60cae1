import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { loadShot } from '../../productions/shots/shot.loaders';
import { ShotsService } from '../../productions/shots/shots.service';
import { ScopeArgs } from '../../platform/auth/production-scope';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { requestLoader } from '../../platform/graphql/request-loader';
import { TaskTypesService } from '../task-types/task-types.service';
import {
  CreateTasksInput,
  CreateTasksResult,
  TaskConnection,
  TaskFilterArgs,
  TaskRow,
  TaskType,
  UpdateTaskInput,
} from './task.types';
import { loadTask } from './task.loaders';
import { TasksService } from './tasks.service';

@Resolver(() => TaskType)
export class TasksResolver {
  constructor(
    private readonly service: TasksService,
    private readonly shots: ShotsService,
    private readonly types: TaskTypesService,
  ) {}

  @AnyRole()
  @Query(() => TaskConnection, {
    description:
      "A production's tasks by shot code, filtered by episode, sequence, shot, task type, path or status.",
  })
  tasks(@Args() args: TaskFilterArgs) {
    return this.service.list(args);
  }

  @AnyRole()
  @ScopeArgs({ id: 'task' })
  @Query(() => TaskType)
  task(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() context: object) {
    return loadTask(context, this.service, id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => CreateTasksResult, {
    description: 'Creates one task of a type on each shot given, all or none.',
  })
  createTasks(@Args('input') input: CreateTasksInput, @CurrentUser() actor: Actor) {
    return this.service.createMany(input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @ScopeArgs({ id: 'task' })
  @Mutation(() => TaskType, {
    description: 'Changes path, status, overrides, likeness, AI category or deliverable flag.',
  })
  updateTask(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateTaskInput,
    @CurrentUser() actor: Actor,
  ) {
    return this.service.update(id, input, actor.id);
  }

  @ResolveField()
  shot(@Parent() task: TaskRow, @Context() context: object) {
    return loadShot(context, this.shots, task.shotId);
  }

  @ResolveField()
  taskType(@Parent() task: TaskRow, @Context() context: object) {
    return requestLoader(context, 'taskType', (codes: readonly string[]) => this.types.byCodes(codes)).load(
      task.taskTypeCode,
    );
  }

  @ResolveField()
  baseline(@Parent() task: TaskRow, @Context() context: object) {
    return requestLoader(context, 'task.baseline', (ids: readonly string[]) =>
      this.service.baselines(ids),
    ).load(task.id);
  }
}
