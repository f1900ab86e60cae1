import { graphql } from '../gql';

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        email
        displayName
        role
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
    }
  }
`);

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      passwords
      singleSignOn {
        providerName
        startPath
      }
    }
  }
`);
