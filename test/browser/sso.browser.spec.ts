import type { Browser, Page } from 'playwright-core';
import { freePort } from '../support/free-port';
import { startTestProvider, type TestProvider } from '../support/oidc';
import { launchChromium, screenshot } from './support/browser';
import { startBuiltServer, stopBuiltServer, type BuiltServer } from './support/built-server';

/**
 * Single sign-on in Chromium (docs/decisions/0033-openid-connect-sign-in.md): a server of its own,
 * built and seeded with the demo, passwords off, signing in through a real oidc-provider.
 */
describe('single sign-on in the browser', () => {
  let provider: TestProvider;
  let server: BuiltServer;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://localhost:${port}`;
    provider = await startTestProvider({
      redirectUri: `${url}/api/sso/callback`,
      clientId: 'frameledger',
      clientSecret: 'a-client-secret-for-the-test-provider',
      accounts: {
        rev: { email: 'rev.sso@studio.test', name: 'Re Viewer', groups: ['derrumbe-review'] },
        outsider: { email: 'outsider.sso@studio.test', name: 'Out Sider', groups: ['marketing'] },
      },
    });
    server = await startBuiltServer(
      {
        FRAMELEDGER_START_WORKER: 'false',
        OIDC_ISSUER_URL: provider.issuer,
        OIDC_CLIENT_ID: 'frameledger',
        OIDC_CLIENT_SECRET: 'a-client-secret-for-the-test-provider',
        OIDC_REDIRECT_URL: `${url}/api/sso/callback`,
        OIDC_PROVIDER_NAME: 'Studio Login',
        OIDC_GROUP_MAP: JSON.stringify({ 'derrumbe-review': { memberships: { DERRUMBE: 'REVIEWER' } } }),
        LOCAL_PASSWORDS: 'false',
      },
      port,
    );
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await stopBuiltServer(server);
    provider?.stop();
  });

  const signInAs = async (account: string): Promise<Page> => {
    const page = await (await browser.newContext({ baseURL: url, locale: 'en-US' })).newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Sign in with Studio Login' }).click();
    await page.getByLabel('Account').fill(account);
    await page.getByRole('button', { name: 'Sign in to the provider' }).click();
    return page;
  };

  it('offers only single sign-on, and signs a mapped reviewer in to her one production', async () => {
    const page = await signInAs('rev');
    await page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: /Labour impact/ })
      .click();
    const select = page.getByLabel('Production', { exact: true });
    await select.locator('option', { hasText: 'DERRUMBE' }).waitFor({ state: 'attached' });
    const options = await select.locator('option').allTextContents();
    expect(options).toEqual(['All productions', expect.stringMatching(/^DERRUMBE · /)]);
    await screenshot(page, 'sso-reviewer-signed-in');
  });

  it('brings a person in no mapped group back to the sign-in page with the reason', async () => {
    const page = await signInAs('outsider');
    await page
      .getByRole('alert')
      .getByText(/is in no group that FrameLedger maps to a role/)
      .waitFor();
    expect(page.url()).toBe(`${url}/sign-in`);
    // Passwords are off: once the page knows what to offer, it offers single sign-on alone.
    await page.getByRole('link', { name: 'Sign in with Studio Login' }).waitFor();
    expect(await page.getByLabel('Password').count()).toBe(0);
    await screenshot(page, 'sso-refused-no-group');
  });
});
