import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { Role } from '../../common/roles';
import { ApiScope } from './scopes';

@ObjectType('ApiToken', {
  description: 'A named token a pipeline tool sends instead of a person signing in.',
})
export class ApiTokenType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Names the integration; every audit event the token causes is under this name.' })
  name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [ApiScope]) scopes!: ApiScope[];
  @Field(() => [ID], { description: 'The productions it is limited to; empty: every production.' })
  productionIds!: string[];
  @Field({ description: 'ISO 8601' }) expiresAt!: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601, to the minute.' }) lastUsedAt!:
    string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601' }) revokedAt!: string | null;
  @Field({ description: 'ISO 8601' }) createdAt!: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'e.g. "render-farm post-job hook"; unique among tokens not revoked.' })
  @Length(3, 80, { message: 'give the token a name of 3 to 80 characters' })
  name!: string;

  @Field(() => Role, { description: 'Any role but ADMIN and WITNESS; scopes narrow it further.' })
  @IsEnum(Role, { message: 'choose one of the roles' })
  role!: Role;

  @Field(() => [ApiScope])
  @ArrayMinSize(1, { message: 'give the token at least one scope' })
  @ArrayUnique({ message: 'name each scope once' })
  scopes!: ApiScope[];

  @Field(() => Int, { defaultValue: 90, description: 'Days until it expires, 1 to 365.' })
  @IsInt()
  @Min(1, { message: 'a token lasts 1 to 365 days' })
  @Max(365, { message: 'a token lasts 1 to 365 days' })
  expiresInDays!: number;

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'Limits the token to these productions (its role must then be PLANNER, OPERATOR or REVIEWER); empty: every production.',
  })
  @ArrayMaxSize(100, { message: 'limit a token to at most 100 productions' })
  @ArrayUnique({ message: 'name each production once' })
  @IsUUID('all', { each: true, message: 'give the ids of productions' })
  productionIds!: string[];
}

@ObjectType({ description: 'A new token and its secret, which is shown this once and never again.' })
export class CreatedApiToken {
  @Field(() => ApiTokenType) token!: ApiTokenType;
  @Field({ description: 'Send as `Authorization: Bearer <secret>`. FrameLedger keeps only its hash.' })
  secret!: string;
}
