import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/roles';

@ObjectType('Membership', { description: 'The role a person holds on one production.' })
export class MembershipType {
  @Field(() => ID) productionId!: string;
  @Field(() => Role, { description: 'PLANNER, OPERATOR, REVIEWER or VENDOR.' }) role!: Role;
  @Field(() => String, { nullable: true, description: "A VENDOR's company; null for other roles." })
  company?: string | null;
}

@ObjectType('User', { description: 'A person who signs in.' })
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
  @Field(() => [MembershipType], {
    description: 'The productions the person is scoped to, each with its role; empty: studio-wide.',
  })
  memberships!: MembershipType[];
}

@ObjectType({ description: 'A bearer token for the Authorization header, and who it is for.' })
export class LoginResult {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' }) token!: string;
  @Field(() => UserType) user!: UserType;
}
