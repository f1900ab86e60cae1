/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n': typeof types.MeDocument;
  '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            amountMinor\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n': typeof types.ProductionsDocument;
};
const documents: Documents = {
  '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n':
    types.MeDocument,
  '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            amountMinor\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n':
    types.ProductionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        email\n        displayName\n        role\n      }\n    }\n  }\n',
): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Productions($first: Int!, $after: String) {\n    productions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          title\n          country\n          currency\n          startDate\n          deliveryDate\n          guildCovered\n          vfxBudget {\n            amountMinor\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ProductionsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
