import type { Browser } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

describe('signing in to the dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('shows the planner the demo production with its budget in its currency', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'planner@frameledger.local');

    await page.getByRole('link', { name: /Productions/ }).click();
    const row = page.getByRole('row', { name: /DERRUMBE/ });
    await row.waitFor();
    // 115000000000 minor units of ARS (2 decimals), formatted for an en-US reader.
    expect((await row.textContent())?.replace(/\s/g, ' ')).toContain('ARS 1,150,000,000.00');
    await expect(page.getByTestId('current-role').textContent()).resolves.toBe('Planner');
    await screenshot(page, 'planner-productions');
    await context.close();
  });

  it('refuses a wrong password with one sentence and stays on the sign-in page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel('Email').fill('planner@frameledger.local');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).not.toBe('');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await screenshot(page, 'sign-in-refused');
    await context.close();
  });
});
