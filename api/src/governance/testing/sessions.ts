import type { TestServer } from '../../../../test/support/server';

/** A token per demo role, signed in as `<role>@frameledger.local`. */
export async function signInAs<R extends string>(
  server: TestServer,
  roles: readonly R[],
): Promise<Record<R, string>> {
  const tokens = await Promise.all(roles.map((role) => server.login(`${role}@frameledger.local`)));
  return Object.fromEntries(roles.map((role, i) => [role, tokens[i]])) as Record<R, string>;
}

/** Holds a production to these packs (frameledger-core comes with them), as its admin would. */
export async function holdToPacks(
  server: TestServer,
  productionId: string,
  packs: readonly string[],
  adminToken: string,
): Promise<void> {
  const choose = `mutation($p: ID!, $packs: [String!]!) { setProductionRulePacks(productionId: $p, packs: $packs) { id } }`;
  const result = await server.gql(choose, { p: productionId, packs }, adminToken);
  if (result.errors)
    throw new Error(`could not choose packs ${packs.join(', ')}: ${result.errors[0].message}`);
}
