import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { GOVERNANCE_RECORDERS } from '../../common/governance-roles';
import { SignOffService } from './sign-off.service';
import { TaskSignOffType } from './sign-off.types';

@Resolver()
export class SignOffResolver {
  constructor(private readonly signOffs: SignOffService) {}

  @Roles(...GOVERNANCE_RECORDERS)
  @Mutation(() => TaskSignOffType, {
    description: "A person signs off a task's AI-final output as fit for delivery (audited).",
  })
  signOffTask(@Args('taskId', { type: () => ID }) taskId: string, @CurrentUser() actor: Actor) {
    return this.signOffs.signOff(taskId, actor.id);
  }
}
