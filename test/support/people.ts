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
