import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadBytes } from './support/downloads';
import { usdCents } from './support/money';
import { pdfPages } from '../support/pdf';

/** LUMEN's title as the production picker lists it. */
const lumenTitle = async (page: Page) =>
  (await page.getByLabel('Production', { exact: true }).locator('option').allTextContents())
    .find((label) => label.startsWith('LUMEN · '))!
    .slice('LUMEN · '.length);

describe('the executive’s portfolio', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'executive@frameledger.local');
  });
  afterAll(() => browser?.close());

  it('lands on the portfolio and follows the quarter picker', async () => {
    expect(new URL(page.url()).pathname).toBe('/portfolio');
    await page.getByTestId('tile-savings').waitFor();
    const before = await page.getByTestId('tile-spend').textContent();
    await page.getByLabel('Quarter', { exact: true }).selectOption('2026-Q3');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="tile-spend"]')?.textContent !== text,
      before,
    );
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'executive-portfolio-2026-Q3', true);
  });

  it('shows the working of the savings: baseline minus AI path, adding up to the tile', async () => {
    const tile = page.getByTestId('tile-savings');
    const savings = usdCents(await tile.getByRole('button').first().textContent());
    await tile.getByRole('button').first().click();
    await page.getByTestId('working').waitFor();
    const amounts = await page.getByTestId('working').locator('tbody td:nth-of-type(4)').allTextContents();
    expect(amounts).toHaveLength(2);
    expect(amounts.map(usdCents).reduce((a, b) => a + b, 0)).toBe(savings);
    await screenshot(page, 'executive-savings-working');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('narrows the quarter to one production: LUMEN alone spends less than the portfolio', async () => {
    // Texts are read before each change: the query cache may answer a filter it has seen at once.
    const allText = await page.getByTestId('tile-spend').locator('.tile__value').textContent();
    const all = usdCents(allText);
    await page
      .getByLabel('Production', { exact: true })
      .selectOption({ label: 'LUMEN · ' + (await lumenTitle(page)) });
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="tile-spend"] .tile__value')?.textContent !== text,
      allText,
    );
    const lumen = usdCents(await page.getByTestId('tile-spend').locator('.tile__value').textContent());
    expect(lumen).toBeGreaterThan(0);
    expect(lumen).toBeLessThan(all);
    await screenshot(page, 'executive-portfolio-lumen-only', true);
    await page.getByLabel('Production', { exact: true }).selectOption({ label: 'All productions' });
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="tile-spend"] .tile__value')?.textContent === text,
      allText,
    );
  });

  it('downloads the quarter as a PDF whose first page names it and shows the same spend', async () => {
    const spend = (await page.getByTestId('tile-spend').locator('.tile__value').textContent()) ?? '';
    const file = await downloadBytes(
      page,
      page.getByRole('button', { name: 'Download 2026-Q3 summary (PDF)' }),
    );
    expect(file.name).toBe('frameledger-quarterly-2026-Q3-USD.pdf');
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const [first] = pdfPages(file.bytes);
    expect(first).toContain('2026-Q3');
    expect(first).toContain(spend);
  });
});
