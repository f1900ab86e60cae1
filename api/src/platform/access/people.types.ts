import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Role } from '../../common/roles';

// Declared beside User, whose `me` shows the signed-in person's memberships too.
import { MembershipType } from '../auth/auth.types';
export { MembershipType };

@InputType()
export class MembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'give the id of a production' })
  productionId!: string;

  @Field(() => Role, { description: 'PLANNER, OPERATOR, REVIEWER or VENDOR.' })
  @IsEnum(Role, { message: 'choose one of the roles' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: "A VENDOR's company (required for VENDOR, refused for other roles), e.g. Acme VFX.",
  })
  @IsOptional()
  @Length(1, 120, { message: 'a company name is 1 to 120 characters' })
  company?: string | null;
}

@ObjectType('Person', { description: 'A person who signs in, as an admin sees them.' })
export class PersonType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => Role) role!: Role;
  @Field({ description: 'False once deactivated: their sign-in tokens are refused at once.' })
  active!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO 8601; null if they never signed in.' })
  lastSignInAt!: string | null;
  @Field({ description: 'Invited and not yet accepted (no password set).' }) invitationPending!: boolean;
  @Field(() => [MembershipType], {
    description: 'The productions the person is scoped to, each with its role; empty: studio-wide.',
  })
  memberships!: MembershipType[];
}

@ObjectType({
  description: 'A one-time link to set a password, shown to the admin to hand on (no mail is sent).',
})
export class PasswordLinkType {
  @Field({ description: 'The one-time secret; FrameLedger keeps only its hash.' }) token!: string;
  @Field({ description: "The dashboard's page for it, with the token: /set-password?token=..." })
  path!: string;
  @Field({ description: 'ISO 8601; the link works once, until then.' }) expiresAt!: string;
}

@ObjectType()
export class InvitedPerson {
  @Field(() => PersonType) person!: PersonType;
  @Field(() => PasswordLinkType) link!: PasswordLinkType;
}

@InputType()
export class InvitePersonInput {
  @Field()
  @IsEmail({}, { message: 'give an email address, such as ana@studio.example' })
  @Length(3, 320, { message: 'give an email address of at most 320 characters' })
  email!: string;

  @Field()
  @Length(1, 120, { message: 'give a name of 1 to 120 characters' })
  displayName!: string;

  @Field(() => Role, { description: 'ADMIN, PLANNER, OPERATOR, REVIEWER or EXECUTIVE.' })
  @IsEnum(Role, { message: 'choose one of the roles' })
  role!: Role;
}
