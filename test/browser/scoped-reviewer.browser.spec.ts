import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

/**
 * Production-scoped roles (docs/decisions/0025-production-memberships.md): the admin invites a
 * reviewer and scopes her to DERRUMBE; signed in, her productions are DERRUMBE only.
 */
describe('a reviewer scoped to one production', () => {
  let browser: Browser;
  let admin: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    admin = await (await newContext(browser)).newPage();
    await signIn(admin, 'admin@frameledger.local');
  });
  afterAll(() => browser?.close());

  it('the admin invites Gala as a reviewer on DERRUMBE; she signs in and her labour report offers DERRUMBE only', async () => {
    await admin.getByRole('link', { name: /People/ }).click();
    await admin.getByRole('button', { name: /Invite a person/ }).click();
    await admin.getByLabel('Email').fill('gala@studio.test');
    await admin.getByLabel('Name').fill('Gala Ruiz');
    await admin.getByLabel('Role', { exact: true }).selectOption('REVIEWER');
    await admin.getByRole('button', { name: 'Invite', exact: true }).click();
    const link = admin.getByLabel('Invitation link');
    await link.waitFor();
    const url = new URL((await link.textContent())!);
    await admin.getByRole('button', { name: 'Done' }).click();

    const row = admin.getByRole('row').filter({ hasText: 'gala@studio.test' });
    await row.getByText('Studio-wide').waitFor();
    await row.getByRole('button', { name: 'Productions of gala@studio.test' }).click();
    await admin.getByRole('heading', { name: 'Productions of Gala Ruiz' }).waitFor();
    await admin.getByRole('checkbox', { name: /DERRUMBE/ }).check();
    expect(await admin.getByLabel('Role on DERRUMBE').inputValue()).toBe('REVIEWER');
    await screenshot(admin, 'scoped-reviewer-memberships');
    await admin.getByRole('button', { name: 'Save productions' }).click();
    await row.getByText('1 production').waitFor();
    await screenshot(admin, 'scoped-reviewer-people');

    const gala = await (await newContext(browser)).newPage();
    await gala.goto(url.pathname + url.search);
    await gala.getByLabel('New password').fill('seven paper boats');
    await gala.getByRole('button', { name: 'Set password' }).click();
    await gala.getByRole('link', { name: 'Sign in' }).click();
    await gala.getByLabel('Email').fill('gala@studio.test');
    await gala.getByLabel('Password').fill('seven paper boats');
    await gala.getByRole('button', { name: 'Sign in' }).click();
    await gala
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: /Labour impact/ })
      .click();
    const select = gala.getByLabel('Production', { exact: true });
    await select.locator('option', { hasText: 'DERRUMBE' }).waitFor({ state: 'attached' });
    const options = await select.locator('option').allTextContents();
    expect(options).toHaveLength(2);
    expect(options[0]).toBe('All productions');
    expect(options[1]).toMatch(/^DERRUMBE · /);
    // Her report ("all productions", which for her is DERRUMBE) loads without a refusal.
    await gala.getByText(/Loading the labour impact/).waitFor({ state: 'detached' });
    expect(await gala.getByRole('alert').count()).toBe(0);
    await screenshot(gala, 'scoped-reviewer-labour');
  });

  // docs/decisions/0038-vendor-role.md: VENDOR is given on a production with the person's company.
  it('the admin makes Vic VENDOR for Acme VFX on DERRUMBE; the dialog shows the role and company again', async () => {
    const email = `vic-${Date.now()}@acme.test`;
    await admin.getByRole('link', { name: /People/ }).click();
    await admin.getByRole('button', { name: /Invite a person/ }).click();
    await admin.getByLabel('Email').fill(email);
    await admin.getByLabel('Name').fill('Vic Vendor');
    await admin.getByLabel('Role', { exact: true }).selectOption('OPERATOR');
    await admin.getByRole('button', { name: 'Invite', exact: true }).click();
    await admin.getByLabel('Invitation link').waitFor();
    await admin.getByRole('button', { name: 'Done' }).click();

    const row = admin.getByRole('row').filter({ hasText: email });
    await row.getByRole('button', { name: `Productions of ${email}` }).click();
    await admin.getByRole('checkbox', { name: /DERRUMBE/ }).check();
    await admin.getByLabel('Role on DERRUMBE').selectOption('VENDOR');
    await admin.getByLabel('Company on DERRUMBE').fill('Acme VFX');
    await screenshot(admin, 'vendor-membership');
    await admin.getByRole('button', { name: 'Save productions' }).click();
    await row.getByText('1 production').waitFor();

    await row.getByRole('button', { name: `Productions of ${email}` }).click();
    expect(await admin.getByLabel('Role on DERRUMBE').inputValue()).toBe('VENDOR');
    expect(await admin.getByLabel('Company on DERRUMBE').inputValue()).toBe('Acme VFX');
  });
});
