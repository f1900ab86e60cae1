import type { TestServer } from './server';

/** The password every person invited by a test sets. */
export const INVITED_PASSWORD = 'a long enough phrase';

/** Invites a person as the admin and sets their password through the link; answers their id. */
export async function invitePerson(
  server: TestServer,
  adminToken: string,
  email: string,
  role: string,
): Promise<string> {
  const invited = await server.gql<{ invitePerson: { person: { id: string }; link: { token: string } } }>(
    `mutation($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } link { token } } }`,
    { i: { email, displayName: email.split('@')[0], role } },
    adminToken,
  );
  const { person, link } = invited.data!.invitePerson;
  await server.gql(
    `mutation($t: String!, $p: String!) { setPasswordWithLink(token: $t, password: $p) { email } }`,
    {
      t: link.token,
      p: INVITED_PASSWORD,
    },
  );
  return person.id;
}

/** Scopes a person to productions as the admin (docs/decisions/0025-production-memberships.md). */
export function setMemberships(
  server: TestServer,
  adminToken: string,
  id: string,
  memberships: { productionId: string; role: string; company?: string }[],
) {
  return server.gql(
    `mutation($id: ID!, $m: [MembershipInput!]!) { setPersonMemberships(id: $id, memberships: $m) {
       role memberships { productionId role company } } }`,
    { id, m: memberships },
    adminToken,
  );
}

/** A production made through the API as a planner (audited like any), answering its id. */
export async function createProduction(
  server: TestServer,
  plannerToken: string,
  code: string,
): Promise<string> {
  const created = await server.gql<{ createProduction: { id: string } }>(
    `mutation($code: String!) { createProduction(input: { code: $code, title: $code, currency: "USD", vfxBudgetMinor: "100000000",
       startDate: "2026-01-01", deliveryDate: "2026-12-31", country: "US" }) { id } }`,
    { code },
    plannerToken,
  );
  return created.data!.createProduction.id;
}
