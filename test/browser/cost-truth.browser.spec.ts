import { Workbook } from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadBytes } from './support/downloads';

/** Opens a production's page from the productions list. */
async function openProduction(page: Page, code: string): Promise<void> {
  await page.goto('/productions');
  await page.getByRole('link', { name: code }).click();
}

describe('the accountant’s cost truth: the cost report as a spreadsheet and a usable frontier', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'planner@frameledger.local');
  });
  afterAll(() => browser?.close());

  it('shows the same EFC on the feasibility and cost pages, to the minor unit', async () => {
    await openProduction(page, 'DERRUMBE');
    await page.getByRole('link', { name: 'Feasibility and risk', exact: true }).click();
    await page.getByLabel('Plan', { exact: true }).selectOption('as-planned');
    await page.getByTestId('efc').waitFor();
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    const feasibilityEfc = await page.getByTestId('efc').textContent();
    await screenshot(page, 'planner-feasibility-efc', true);
    await page.getByRole('link', { name: 'Cost and bid vs actual', exact: true }).click();
    const totalRow = page.getByTestId('cost-total-row');
    await totalRow.waitFor();
    // Columns: task type, tasks, budget, bid, actual, to complete, EFC, variance, bid - EFC.
    expect(await totalRow.locator('td').nth(5).textContent()).toBe(feasibilityEfc);
    expect(feasibilityEfc).toMatch(/^ARS\s[\d,]+\.\d{2}$/);
  });

  it('downloads the cost report as XLSX whose totals row is the page’s, to the minor unit', async () => {
    await openProduction(page, 'DERRUMBE');
    await page.getByRole('link', { name: 'Cost and bid vs actual', exact: true }).click();
    const totalRow = page.getByTestId('cost-total-row');
    await totalRow.waitFor();
    const pageTotals = (await totalRow.locator('td').allTextContents()).slice(1);
    await screenshot(page, 'planner-cost-report-with-totals', true);

    const file = await downloadBytes(
      page,
      page
        .getByRole('group', { name: 'Download the cost report' })
        .getByRole('button', { name: 'Download XLSX' }),
    );
    expect(file.name).toMatch(/^frameledger-cost-report-DERRUMBE-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new Workbook();
    await book.xlsx.load(file.bytes);
    const sheet = book.worksheets[0];
    expect(sheet.getCell('A2').value).toBe('Production');
    expect(sheet.getCell('B4').value).toBe('ARS');
    let totals: unknown[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'Total') totals = (row.values as unknown[]).slice(3);
    });
    // The page writes ARS amounts as "ARS 355,073,445.41", "(ARS 1,234.00)" for a negative.
    const asPage = (value: unknown) => {
      const text = `ARS\u00a0${Math.abs(value as number).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
      return (value as number) < 0 ? `(${text})` : text;
    };
    expect(totals.map(asPage)).toEqual(pageTotals);
  });

  it('downloads the labour impact of the quarters shown as CSV, with its totals row', async () => {
    await page.goto('/labour?groupBy=DEPARTMENT');
    await page.getByTestId('labour-table').waitFor();
    const file = await downloadBytes(
      page,
      page
        .getByRole('group', { name: 'Download the labour impact' })
        .getByRole('button', { name: 'Download CSV' }),
    );
    expect(file.name).toMatch(/^frameledger-labour-impact-\d{4}-Q\d-to-\d{4}-Q\d\.csv$/);
    const lines = file.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Labour impact,/);
    expect(lines).toContainEqual(expect.stringMatching(/^Grouped by,Department,/));
    expect(lines).toContainEqual(expect.stringMatching(/^Total,/));
  });

  it('opens the LUMEN frontier and selects a point without freezing the tab', async () => {
    await openProduction(page, 'LUMEN');
    const opened = Date.now();
    await page.getByRole('link', { name: 'Labour-optimal plan', exact: true }).click();
    const plans = page.getByRole('region', { name: 'All plans' }).getByRole('button');
    await plans.first().waitFor({ timeout: 60_000 });
    await page.locator('.recharts-scatter-symbol').first().waitFor();
    const loadMs = Date.now() - opened;
    const count = await plans.count();
    expect(count).toBeLessThanOrEqual(300);

    const target = plans.nth(Math.floor(count / 3));
    const clicked = Date.now();
    await target.click();
    await page.waitForFunction(
      () =>
        document.querySelector('section[aria-labelledby="points-title"] button[aria-pressed="true"]') !==
          null && document.querySelector('[data-testid="point-cost"]') !== null,
    );
    expect(await target.getAttribute('aria-pressed')).toBe('true');
    const selectMs = Date.now() - clicked;
    // Timings are recorded, not asserted (a shared test machine): one JSON line for the report.
    console.log(JSON.stringify({ frontier: 'LUMEN', points: count, loadMs, selectMs }));
    await screenshot(page, 'planner-lumen-frontier-selected', true);
  });

  it('corrects an entry of a closed month by a reversing entry in the first open month, after saying so', async () => {
    await openProduction(page, 'LUMEN');
    await page.getByRole('link', { name: 'Time logged', exact: true }).click();
    const rows = page.getByTestId('time-entries').locator('tbody tr');
    await rows.first().waitFor();
    // Entries are listed oldest first; the demo's months before 2026-Q4 are closed.
    const first = rows.first();
    expect(await first.textContent()).toContain('month closed');
    await first.getByRole('button', { name: /^Correct / }).click();
    const effect = page.getByTestId('correction-effect');
    expect(await effect.textContent()).toMatch(
      /is closed, so this entry stays as booked: saving posts a reversing entry of -[\d.]+ h and the corrected entry in the first open month\./,
    );
    await page.getByLabel('Minutes').fill('30');
    await screenshot(page, 'planner-correct-closed-month-entry');
    await page.getByRole('button', { name: 'Save' }).click();
    const done = page.getByTestId('correction-done');
    await done.waitFor();
    expect(await done.textContent()).toMatch(
      /^Posted a reversing entry of -[\d.]+ h and the corrected 0\.5 h on /,
    );
    await first.getByText('reversed', { exact: true }).waitFor();
  });
});
