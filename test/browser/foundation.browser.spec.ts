import type { Browser } from 'playwright-core';
import { apiQuery } from './support/api';
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
    // The browser formats the exact minor units for its locale (en-US here), so the cell must
    // read exactly as the api's own en-US rendering: ARS, thousands commas, two decimals.
    const { productions } = await apiQuery<{
      productions: { edges: { node: { code: string; vfxBudget: { formatted: string } } }[] };
    }>(
      'planner@frameledger.local',
      '{ productions(first: 100) { edges { node { code vfxBudget { formatted } } } } }',
    );
    const expected = productions.edges.find((e) => e.node.code === 'DERRUMBE')?.node.vfxBudget.formatted;
    const budget = (await row.locator('.money').textContent())?.replace(/\s/g, ' ');
    expect(budget).toMatch(/^ARS \d{1,3}(,\d{3})*\.\d{2}$/);
    expect(budget).toBe(expected?.replace(/\s/g, ' '));
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
