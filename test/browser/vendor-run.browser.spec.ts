import type { Browser, Page } from 'playwright-core';
import { AWAITING_SHOT } from '../../seeds/demo/rulebook';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

// A 1x1 PNG with no content credentials: its C2PA status reads "none".
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const OPERATOR = 'Valeria Quiroga';

describe('a vendor run recorded from the breakdown', () => {
  let browser: Browser;
  let page: Page;
  let productionId: string;

  /** DERRUMBE's displaced hours in 2026-Q4, as the labour impact page totals them. */
  const displacedHours = async () => {
    await page.goto(`/labour?from=2026-Q4&to=2026-Q4&productionId=${productionId}`);
    const total = page.getByTestId('labour-table').locator('tfoot td').first();
    await total.waitFor();
    return Number((await total.textContent())!.replace(/,/g, ''));
  };

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    const { productions } = await apiQuery<{
      productions: { edges: Array<{ node: { id: string; code: string } }> };
    }>('planner@frameledger.local', `{ productions(first: 50) { edges { node { id code } } } }`);
    productionId = productions.edges.find((e) => e.node.code === 'DERRUMBE')!.node.id;
    await signIn(page, 'planner@frameledger.local');
  });
  afterAll(() => browser?.close());

  it("records a Flow Studio run on a planned collapse FX task, priced in credits, and the quarter's labour impact counts it", async () => {
    const before = await displacedHours();
    await page.goto('/productions');
    await page.getByRole('link', { name: 'DERRUMBE' }).click();
    await page.getByTestId('breakdown-count').waitFor();
    await page.getByLabel('Task type').selectOption('FX');
    await page.getByLabel('Status').selectOption('PLANNED');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="breakdown-count"]')
          ?.textContent?.includes('match the filters') &&
        document.querySelector('.table-wrap')?.getAttribute('aria-busy') === 'false',
    );
    // Not the shot whose escalation still awaits the distributor: the Netflix pack blocks any run on it.
    const row = page
      .getByTestId('breakdown-table')
      .locator('tbody tr')
      .filter({ hasNot: page.locator('th', { hasText: AWAITING_SHOT }) })
      .first();
    const shot = (await row.locator('th').textContent())!.trim();
    await row.getByRole('button', { name: /Record vendor run/ }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Vendor tool').selectOption({ label: 'Autodesk Flow Studio' });
    await dialog.getByLabel('Model', { exact: true }).fill('Flow Studio live-action replacement');
    await dialog.getByLabel('Version').fill('2026.10');
    await dialog.getByLabel('Started').fill('2026-11-12T10:00');
    await dialog.getByLabel('Finished').fill('2026-11-12T10:40');
    await dialog.getByLabel('Usage').fill('7');
    await dialog.getByLabel('Invoice or PO').fill(`ADSK-INV-2026-11/${shot}`);
    await dialog.getByLabel('Operator').fill(OPERATOR);
    await dialog
      .getByLabel('Output files')
      .setInputFiles({ name: `${shot}_fx_v001.png`, mimeType: 'image/png', buffer: PNG });
    await dialog.getByTestId('vendor-outputs').getByText(`${shot}_fx_v001.png: C2PA none`).waitFor();
    await screenshot(page, 'planner-record-vendor-run');
    await dialog.getByRole('button', { name: 'Record the run' }).click();
    const recorded = dialog.getByTestId('recorded-run');
    await recorded.waitFor();
    // 7 s of footage x 20 credits a second.
    expect(await recorded.textContent()).toContain('(140 credits)');
    await screenshot(page, 'planner-vendor-run-recorded');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The task had no AI run: now its baseline hours count as displaced in 2026-Q4.
    expect(await displacedHours()).toBeGreaterThan(before);
    await screenshot(page, 'planner-labour-after-vendor-run', true);
  });

  it("shows the run in the reviewer's AI-use ledger with its tool, operator and C2PA status", async () => {
    const reviewer = await (await newContext(browser)).newPage();
    await signIn(reviewer, 'reviewer@frameledger.local');
    await reviewer.goto(`/audit/ledger?productionId=${productionId}&from=2026-11-12&to=2026-11-12`);
    const line = reviewer.getByText(`Autodesk Flow Studio · run by ${OPERATOR} · C2PA none`);
    await line.waitFor();
    await screenshot(reviewer, 'reviewer-ledger-vendor-run', true);
  });
});
