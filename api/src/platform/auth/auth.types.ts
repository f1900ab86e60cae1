import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../common/roles';

@ObjectType('User', { description: 'A person who signs in.' })
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
}

@ObjectType({ description: 'A bearer token for the Authorization header, and who it is for.' })
export class LoginResult {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' }) token!: string;
  @Field(() => UserType) user!: UserType;
}
