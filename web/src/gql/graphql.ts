/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a user may see and change. */
export type Role = 'ADMIN' | 'EXECUTIVE' | 'OPERATOR' | 'PLANNER' | 'REVIEWER';

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type SignInMutation = {
  login: { token: string; user: { id: string; email: string; displayName: string; role: Role } };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { id: string; email: string; displayName: string; role: Role } };

export type ProductionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type ProductionsQuery = {
  productions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        code: string;
        title: string;
        country: string;
        currency: string;
        startDate: string;
        deliveryDate: string;
        guildCovered: boolean;
        vfxBudget: { amountMinor: string; currency: string; formatted: string };
      };
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SignInDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ProductionsDocument = new TypedDocumentString(`
    query Productions($first: Int!, $after: String) {
  productions(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        code
        title
        country
        currency
        startDate
        deliveryDate
        guildCovered
        vfxBudget {
          amountMinor
          currency
          formatted
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProductionsQuery, ProductionsQueryVariables>;
