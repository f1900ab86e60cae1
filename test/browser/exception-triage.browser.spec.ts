import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

/** The demo's one production without a worker notice has its missing-notice exceptions open. */
const RULE = 'Worker notice of generative AI';

describe('the reviewer works the exceptions register by group, in bulk, and by recording a notice', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer@frameledger.local');
    await page.getByRole('link', { name: /Audit/ }).click();
    await page.getByRole('link', { name: 'Policy exceptions' }).click();
  });
  afterAll(() => browser?.close());

  const groups = () => page.getByTestId('exception-groups');
  const groupRow = () => groups().locator('tbody tr').filter({ hasText: RULE }).first();
  /** Open, not yet reviewed and all, as the group's row shows them. */
  const countsOf = async (row: Locator) =>
    (await row.locator('td.num').allTextContents()).map((t) => Number(t.trim()));
  /** Waits until the group's column (0 open, 1 not yet reviewed, 2 all) reads n. */
  const untilCount = (column: number, n: number) =>
    groupRow()
      .locator('td.num')
      .nth(column)
      .filter({ hasText: new RegExp(`^\\s*${n}\\s*$`) })
      .waitFor();
  /** Waits until exactly n cards are listed. */
  const untilCards = async (n: number) => {
    await cards()
      .nth(n - 1)
      .waitFor();
    await cards().nth(n).waitFor({ state: 'detached' });
  };
  const cards = () => page.getByRole('list', { name: 'Policy exceptions' }).getByRole('listitem');

  it('counts the exceptions by production and rule, and shows one group when asked', async () => {
    await groupRow().waitFor();
    const [open, unreviewed, all] = await countsOf(groupRow());
    expect(open).toBeGreaterThan(2);
    expect(unreviewed).toBe(all);
    await screenshot(page, 'reviewer-exception-groups');
    await groupRow()
      .getByRole('button', { name: `Show these ${all}` })
      .click();
    await groups().locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    await untilCards(Math.min(all, 50));
    expect(await cards().filter({ hasNotText: RULE }).count()).toBe(0);
  });

  it('refuses a bulk review that says nothing, then applies one review to the two selected', async () => {
    const [, unreviewedBefore] = await countsOf(groupRow());
    await cards().nth(0).getByRole('checkbox').check();
    await cards().nth(1).getByRole('checkbox').check();
    const bulk = page.getByRole('region', { name: 'Review several exceptions' });
    await bulk.getByText('2 of').waitFor();
    await bulk.getByRole('button', { name: 'Review 2 selected' }).click();
    await bulk.getByRole('alert').filter({ hasText: 'A review needs a status or a note' }).waitFor();

    await bulk.getByLabel('Review status').selectOption('QUERIED');
    await bulk.getByLabel('Review note').fill('Asked the production which unions were told.');
    await bulk.getByRole('button', { name: 'Review 2 selected' }).click();
    await untilCount(1, unreviewedBefore - 2);
    expect(await cards().filter({ hasText: 'Asked the production which unions were told.' }).count()).toBe(2);
    await screenshot(page, 'reviewer-bulk-review');
  });

  it('records the worker notice from the exception that asked for it, and the exception closes', async () => {
    const first = cards().first();
    const shot = (await first.locator('.code').first().textContent())!.trim();
    await first.getByText('Record the worker notice', { exact: true }).click();
    await first.getByLabel('Union told').fill('IATSE Local 839 (The Animation Guild)');
    await first.getByLabel('What the notice said').fill('Generative matte painting on all episodes');
    await first.getByLabel('Given on').fill('2025-01-02T09:00');
    await first.getByRole('button', { name: 'Record notice and close' }).click();
    await untilCount(0, 0);
    const closed = cards().filter({ hasText: shot }).first();
    await closed.getByText('Resolved by reviewer@frameledger.local').waitFor();
    expect(await closed.textContent()).toContain(
      'Worker notice to IATSE Local 839 (The Animation Guild) recorded: Generative matte painting on all episodes',
    );
    await screenshot(page, 'reviewer-notice-closes-exception');
  });
});
