// A real OpenID Connect provider (the oidc-provider package) for the single sign-on tests, run as
// its own process because the package is ESM-only and jest runs the tests as CommonJS.
// Usage: node test/support/oidc-provider.mjs '<json: { redirectUri, clientId, clientSecret, accountsFile }>'
// The accounts (JSON, by sub) are read from accountsFile at each sign-in, so a test can change a
// person's email or groups at the provider between two sign-ins.
// Prints "OIDC provider at <issuer>" once it listens. Its login page asks for an account and no
// password: it signs in whichever account `?as=<sub>` names, standing in for the person typing.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { redirectUri, clientId, clientSecret, accountsFile } = JSON.parse(process.argv[2]);
const accountsNow = () => JSON.parse(readFileSync(accountsFile, 'utf8'));

const server = createServer();
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  // Scope claims in the id token itself, as FrameLedger reads them there (no userinfo call).
  conformIdTokenClaims: false,
  findAccount: (_ctx, sub) => {
    const account = accountsNow()[sub];
    return account && { accountId: sub, claims: () => ({ sub, email_verified: true, ...account }) };
  },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['test-only-cookie-key'] },
});

server.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  if (!url.pathname.startsWith('/interaction/')) return provider.callback()(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    const accountId = details.session?.accountId ?? url.searchParams.get('as');
    if (!accountId || !accountsNow()[accountId]) {
      // The login page a person sees in a browser: they type their account and submit.
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<form method="get"><label>Account <input name="as"></label><button>Sign in to the provider</button></form>`,
        );
      return;
    }
    const grant = new provider.Grant({ accountId, clientId });
    grant.addOIDCScope(details.params.scope);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId }, consent: { grantId } },
      {
        mergeWithLastSubmission: false,
      },
    );
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

console.log(`OIDC provider at ${issuer}`);
