import type { Browser, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

const ADMIN = 'admin@frameledger.local';

/**
 * Day one, as the admin: a production from nothing, priced by its own rate card (each rate
 * loaded with its fringes) and given a new task type, all from the dashboard.
 */
describe('the admin sets up a production', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: /^Productions/ }).click();
  });
  afterAll(() => browser?.close());
  const dialog = () => page.getByRole('dialog');

  it('refuses a delivery before the start, and a code in use, in the api’s words', async () => {
    await page.getByRole('button', { name: 'New production' }).click();
    await dialog().getByLabel('Code').fill('DERRUMBE');
    await dialog().getByLabel('Title').fill('La Pampa');
    await dialog().getByLabel('Country').fill('AR');
    await dialog().getByLabel('Budget currency').selectOption('ARS');
    await dialog().getByLabel('VFX budget (ARS)').fill('250,000,000');
    await dialog().getByLabel('Reports in').selectOption('USD');
    await dialog().getByLabel('Start').fill('2026-12-01');
    await dialog().getByLabel('Delivery').fill('2026-11-01');
    await dialog().getByRole('button', { name: 'Create production' }).click();
    await dialog().getByText('The delivery date must be on or after the start date.').waitFor();

    await dialog().getByLabel('Delivery').fill('2027-06-30');
    await dialog().getByRole('button', { name: 'Create production' }).click();
    // The api's CONFLICT, as it words it: nothing was created.
    await dialog()
      .getByText('A production with the code DERRUMBE exists already; choose another code.')
      .waitFor();
    await screenshot(page, 'admin-new-production-refused');
  });

  it('creates the production and opens its rates, where nothing prices it yet', async () => {
    await dialog().getByLabel('Code').fill('PAMPA');
    await dialog().getByRole('button', { name: 'Create production' }).click();
    await page.getByRole('heading', { name: 'La Pampa' }).waitFor();
    await page.getByText('No rate card prices this production yet.').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/productions\/[0-9a-f-]{36}\/rates$/);
    // 250,000,000 ARS typed in pesos is stored as 25,000,000,000 centavos.
    const { productions } = await apiQuery<{
      productions: {
        edges: { node: { code: string; vfxBudget: { amountMinor: string; currency: string } } }[];
      };
    }>(ADMIN, '{ productions(first: 100) { edges { node { code vfxBudget { amountMinor currency } } } } }');
    const pampa = productions.edges.find((e) => e.node.code === 'PAMPA')?.node;
    expect(pampa?.vfxBudget).toEqual({ amountMinor: '25000000000', currency: 'ARS' });
  });

  it('creates a rate card whose loaded rates add the fringes', async () => {
    await page.getByRole('button', { name: 'New rate card' }).click();
    await dialog().getByLabel('Name').fill('Pampa crew 2026');
    await dialog().getByLabel('Source').first().fill('Studio agreement, December 2026');
    const first = dialog().getByRole('group', { name: 'Rate 1' });
    await first.getByLabel('Role').selectOption({ label: 'Roto artist' });
    await first.getByLabel('Hourly rate (ARS)').fill('12,000');
    await first.getByLabel('Fringe (%)').fill('20');
    await dialog().getByRole('button', { name: 'Add a role' }).click();
    const second = dialog().getByRole('group', { name: 'Rate 2' });
    await second.getByLabel('Role').selectOption({ label: 'Compositor' });
    await second.getByLabel('Hourly rate (ARS)').fill('15000.505');
    await dialog().getByRole('button', { name: 'Create rate card' }).click();
    // Three decimals in pesos is refused before anything is sent.
    await second.getByText('ARS has 2 decimal places: give at most 2.').waitFor();
    await second.getByLabel('Hourly rate (ARS)').fill('15,000');
    await second.getByLabel('Fringe (%)').fill('10');
    await second.getByLabel('Flat fringe an hour (ARS)').fill('500');
    await dialog().getByRole('button', { name: 'Create rate card' }).click();
    await dialog().waitFor({ state: 'detached' });

    const lines = page.getByTestId('rate-lines');
    await lines.waitFor();
    // Loaded = rate x (1 + fringe) + flat: 12,000 x 1.2 = 14,400; 15,000 x 1.1 + 500 = 17,000.
    const loaded = async (role: string) =>
      (await lines
        .getByRole('row', { name: new RegExp(`^${role}`) })
        .locator('td')
        .nth(3)
        .textContent()) ?? '';
    expect(await loaded('Roto artist')).toMatch(/14,400\.00/);
    expect(await loaded('Compositor')).toMatch(/17,000\.00/);
    await screenshot(page, 'admin-rate-card', true);
  });

  it('corrects a mistaken rate, which reprices its loaded rate', async () => {
    await page.getByRole('button', { name: 'Change the rate of Roto artist' }).click();
    expect(await dialog().getByLabel('Hourly rate (ARS)').inputValue()).toBe('12000.00');
    await dialog().getByLabel('Hourly rate (ARS)').fill('12,500');
    await dialog().getByRole('button', { name: 'Save rate' }).click();
    await page.getByTestId('rates-done').getByText('Rate saved.').waitFor();
    // 12,500 x 1.2 = 15,000.
    await page
      .getByTestId('rate-lines')
      .getByRole('row', { name: /^Roto artist/ })
      .getByText(/15,000\.00/)
      .waitFor();
  });

  it('sets the quarter’s exchange rate its reports convert at', async () => {
    // December 2026 to June 2027: three quarters, none with a rate yet.
    const fx = page.getByTestId('fx-rates');
    expect(await fx.locator('tbody th').allTextContents()).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
    await page.getByRole('button', { name: 'Set the rate of 2026-Q4' }).click();
    await dialog().getByLabel('USD one ARS buys').fill('0');
    await dialog().getByRole('button', { name: 'Save rate' }).click();
    await dialog().getByText('An exchange rate must be above zero.').first().waitFor();
    await dialog().getByLabel('USD one ARS buys').fill('0.00068966');
    await dialog().getByRole('button', { name: 'Save rate' }).click();
    await fx
      .getByRole('row', { name: /^2026-Q4/ })
      .getByText('1 ARS = 0.00068966 USD')
      .waitFor();
    await screenshot(page, 'admin-fx-rates');
  });

  it('adds a task type done by hand by a compositor', async () => {
    await page.getByRole('button', { name: 'New task type' }).click();
    await dialog().getByLabel('Name').fill('Sky replacement');
    await dialog().getByLabel('Code').fill('sky_replace');
    await dialog().getByLabel('Done by hand by').selectOption({ label: 'Compositor' });
    await dialog().getByLabel('Kind of AI it usually takes').selectOption('GENERATIVE');
    await dialog().getByRole('button', { name: 'Save task type' }).click();
    const row = page.getByTestId('task-types').getByRole('row', { name: /^Sky replacement/ });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual([
      'Compositor',
      'Generative',
      'None yet',
      'BidsChange',
    ]);
    const { taskTypes } = await apiQuery<{ taskTypes: { edges: { node: { code: string } }[] } }>(
      ADMIN,
      '{ taskTypes(first: 100) { edges { node { code } } } }',
    );
    expect(taskTypes.edges.map((e) => e.node.code)).toContain('SKY_REPLACE');
    await screenshot(page, 'admin-task-types', true);
  });

  it('bids the new task type, refusing three points out of order', async () => {
    await page.getByRole('button', { name: 'Bids for Sky replacement' }).click();
    await dialog().getByText('No bids yet: tasks of this type cannot be created until it has one.').waitFor();
    await dialog().getByLabel('Complexity').selectOption('3');
    await dialog().getByLabel('Optimistic').fill('10');
    await dialog().getByLabel('Most likely').fill('8');
    await dialog().getByLabel('Pessimistic').fill('12.8');
    await dialog().getByRole('button', { name: 'Save bid' }).click();
    await dialog()
      .getByRole('alert')
      .getByText(/optimistic <= most likely/)
      .waitFor();
    await screenshot(page, 'admin-bid-refused');
    await dialog().getByLabel('Optimistic').fill('6');
    await dialog().getByRole('button', { name: 'Save bid' }).click();
    await dialog().waitFor({ state: 'detached' });
    const row = page.getByTestId('task-types').getByRole('row', { name: /^Sky replacement/ });
    await row.getByText('1 (Standard)').waitFor();
  });
});
