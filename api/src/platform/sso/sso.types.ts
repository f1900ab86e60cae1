import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SingleSignOn', { description: 'OpenID Connect sign-in, when the studio has set it up.' })
export class SingleSignOnType {
  @Field({ description: 'The provider, for the button: "Sign in with <providerName>".' })
  providerName!: string;
  @Field({ description: 'Send the browser here (GET) to start; it comes back to /sign-in/sso.' })
  startPath!: string;
}

@ObjectType({ description: 'How people sign in here; asked before anyone has.' })
export class SignInOptions {
  @Field({ description: 'False: the login mutation refuses passwords and people use single sign-on.' })
  passwords!: boolean;
  @Field(() => SingleSignOnType, { nullable: true }) singleSignOn?: SingleSignOnType;
}
