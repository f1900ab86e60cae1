import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsUUID, Length, ValidateNested } from 'class-validator';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { StudioCatalogue } from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import {
  CorrectModelProvenanceInput,
  ModelConnection,
  ModelFilter,
  ModelType,
  RegisterModelInput,
} from './model.types';
import { ModelsService } from './models.service';
import { ToolDataTerms } from './data-terms';

@ArgsType()
class SetModelDataTermsArgs {
  @Field(() => ID) @IsUUID('all', { message: 'give the id of a registered model' }) modelId!: string;
  @Field(() => ToolDataTerms) @ValidateNested() @Type(() => ToolDataTerms) dataTerms!: ToolDataTerms;
}

@ArgsType()
class RejectModelArgs {
  @Field(() => ID) @IsUUID('all', { message: 'give the id of a registered model' }) id!: string;
  @Field({ description: 'Why, for the maker and the reviewers.' })
  @Length(1, 2000, { message: 'say why the model is rejected (1 to 2000 characters)' })
  reason!: string;
}

@Resolver(() => ModelType)
export class ModelsResolver {
  constructor(private readonly service: ModelsService) {}

  @AnyRole()
  @StudioCatalogue()
  @Query(() => ModelConnection, { description: 'Registered models, by name and version.' })
  models(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: ModelFilter) {
    return this.service.list(filter ?? {}, page.first, page.after);
  }

  @AnyRole()
  @StudioCatalogue()
  @Query(() => ModelType)
  model(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Roles(Role.ADMIN, Role.OPERATOR)
  @Mutation(() => ModelType, {
    description: 'Registers an uploaded .onnx file (POST /files/models) as a PENDING model.',
  })
  registerModel(@Args('input') input: RegisterModelInput, @CurrentUser() actor: Actor) {
    return this.service.register(input, actor.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModelType, {
    description:
      "Corrects the provenance of a model's file (every model of the same bytes) as a new audited revision with a reason.",
  })
  correctModelProvenance(@Args('input') input: CorrectModelProvenanceInput, @CurrentUser() actor: Actor) {
    return this.service.correctProvenance(input, actor.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModelType, {
    description:
      "Records a model registration's data terms (training on inputs, retention, enterprise agreement), audited.",
  })
  setModelDataTerms(@Args() args: SetModelDataTermsArgs, @CurrentUser() actor: Actor) {
    return this.service.setDataTerms(args.modelId, args.dataTerms, actor.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModelType, { description: 'Lets the model run on production work.' })
  approveModel(@Args('id', { type: () => ID }) id: string, @CurrentUser() actor: Actor) {
    return this.service.approve(id, actor.id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ModelType, { description: 'Stops the model from running; new jobs with it are refused.' })
  rejectModel(@Args() args: RejectModelArgs, @CurrentUser() actor: Actor) {
    return this.service.reject(args.id, args.reason, actor.id);
  }
}
