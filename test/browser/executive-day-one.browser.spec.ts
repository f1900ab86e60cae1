import type { Browser, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadBytes } from './support/downloads';
import { pdfPages } from '../support/pdf';

const EXECUTIVE = 'executive@frameledger.local';

describe('the executive on day one: currencies, honest tiles and a PDF people can read', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, EXECUTIVE);
    await page.getByTestId('tile-spend').waitFor();
  });
  afterAll(() => browser?.close());

  const currency = () => page.getByLabel('Reporting currency', { exact: true });

  it('offers every currency of the FX table and says under the FTE figure what displaced means', async () => {
    // The demo books ARS and GBP into USD: USD is in use; ARS and GBP come from the FX table.
    await currency().locator('option', { hasText: 'GBP' }).waitFor({ state: 'attached' });
    expect(await currency().locator('option').allTextContents()).toEqual(['USD', 'ARS', 'GBP']);
    const definition = page.getByTestId('tile-fte').getByTestId('displaced-definition');
    expect(await definition.textContent()).toMatch(/^Displaced: the bid hours of AI tasks finished/);
    await screenshot(page, 'executive-currencies-and-definition');
  });

  it('clears the figures when a refresh fails, instead of leaving the last ones under the new choice', async () => {
    await page.getByLabel('Quarter', { exact: true }).selectOption('2026-Q3');
    await page.getByTestId('tile-spend').waitFor();
    // GBP has no rate from ARS (LUMEN's currency) in the FX table, so the summary is refused.
    await currency().selectOption('GBP');
    await page.getByRole('alert').filter({ hasText: 'rate' }).waitFor();
    await page.getByTestId('tile-spend').waitFor({ state: 'detached' });
    await screenshot(page, 'executive-refresh-failed-clears-tiles');
    await currency().selectOption('USD');
    await page.getByTestId('tile-spend').waitFor();
  });

  it('downloads a PDF whose role names and per-production table are readable', async () => {
    const { labourRoles } = await apiQuery<{
      labourRoles: { edges: { node: { code: string; name: string } }[] };
    }>(EXECUTIVE, `{ labourRoles(first: 100) { edges { node { code name } } } }`);
    const { productions } = await apiQuery<{ productions: { edges: { node: { code: string } }[] } }>(
      EXECUTIVE,
      `{ productions(first: 100) { edges { node { code } } } }`,
    );
    const file = await downloadBytes(
      page,
      page.getByRole('button', { name: 'Download 2026-Q3 summary (PDF)' }),
    );
    const [first, roles, byProduction] = pdfPages(file.bytes).map((p) => p.replace(/\s+/g, ' '));
    expect(first).toContain('Change in total spend against 2026-Q2');
    const named = labourRoles.edges.map((e) => e.node).filter((r) => r.name !== r.code);
    expect(named.filter((r) => roles.includes(r.code))).toEqual([]);
    expect(named.some((r) => roles.includes(r.name))).toBe(true);
    expect(byProduction).toContain('Spend by production, 2026-Q3');
    for (const { node } of productions.edges) expect(byProduction).toContain(node.code);
    expect(byProduction).toContain('All productions');
  });
});
