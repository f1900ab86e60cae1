import type { Browser, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadText } from './support/downloads';

describe('the reviewer’s audit page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer@frameledger.local');
  });
  afterAll(() => browser?.close());

  const eventsCovered = async () =>
    Number(await page.getByTestId('checkpoint').locator('dd').first().textContent());
  const signAndVerify = async () => {
    await page.getByRole('button', { name: 'Sign a checkpoint now' }).click();
    await page.getByRole('button', { name: 'Sign a checkpoint now' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Verify in this browser' }).click();
    return (await page.getByTestId('verify-result').textContent()) ?? '';
  };

  it('shows the AI-use ledger newest first, re-sorts it from the Finished header, and keeps Details in view when the table is scrolled to reach it', async () => {
    await page.getByRole('link', { name: /Audit/ }).click();
    await page.getByRole('link', { name: 'AI-use ledger', exact: true }).click();
    const table = page.getByTestId('ledger-table');
    const header = table.getByRole('columnheader', { name: /Finished/ });
    await header.waitFor();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const firstRun = () => table.locator('tbody tr').first().locator('td').first().textContent();
    const newest = await firstRun();
    await screenshot(page, 'reviewer-ledger-newest-first');

    await header.getByRole('button').click();
    await page.waitForFunction(
      () =>
        document.querySelector('th[aria-sort]')?.getAttribute('aria-sort') === 'ascending' &&
        document.querySelector('.table-wrap')?.getAttribute('aria-busy') === 'false',
    );
    // The demo's runs span months, so the oldest is not the newest.
    expect(await firstRun()).not.toBe(newest);
    await screenshot(page, 'reviewer-ledger-oldest-first');

    // Reaching Details scrolls a wide table sideways; the facts (labels included) stay in the visible part.
    await table.getByRole('button', { name: 'Details' }).first().click();
    const facts = table.locator('.table__detail .facts');
    await facts.waitFor();
    const shown = (await page.locator('.table-wrap').boundingBox())!;
    for (const box of [await facts.boundingBox(), await facts.locator('dt').first().boundingBox()]) {
      expect(box!.x).toBeGreaterThanOrEqual(shown.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(shown.x + shown.width);
    }
    await screenshot(page, 'reviewer-ledger-details');
    await header.getByRole('button').click();
    await page.waitForFunction(
      () => document.querySelector('th[aria-sort]')?.getAttribute('aria-sort') === 'descending',
    );
  });

  it('filters the AI-use ledger by production and dates and exports the same rows as CSV', async () => {
    await page.getByRole('link', { name: /Audit/ }).click();
    await page.getByRole('link', { name: 'AI-use ledger', exact: true }).click();
    const count = page.getByTestId('ledger-count');
    await count.waitFor();
    const all = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(all).toBeGreaterThan(0);

    await page
      .getByLabel('Production')
      .selectOption({ label: 'DERRUMBE · Derrumbe (6-episode science-fiction series)' });
    await page.getByLabel('Finished from').fill('2026-01-01');
    // The api's count for the same filters: the page settles on it once both filters apply (the
    // production-only count shows in between, so "match the filters" alone is not the end).
    const { productions } = await apiQuery<{
      productions: { edges: Array<{ node: { id: string; code: string } }> };
    }>('reviewer@frameledger.local', `{ productions(first: 50) { edges { node { id code } } } }`);
    const productionId = productions.edges.find((e) => e.node.code === 'DERRUMBE')!.node.id;
    const { aiUseLedger } = await apiQuery<{ aiUseLedger: { totalCount: number } }>(
      'reviewer@frameledger.local',
      `query($p: ID) { aiUseLedger(first: 1, productionId: $p, from: "2026-01-01T00:00:00Z") { totalCount } }`,
      { p: productionId },
    );
    await page.waitForFunction(
      (expected) =>
        document
          .querySelector('[data-testid="ledger-count"]')
          ?.textContent?.startsWith(`${expected} AI use`) &&
        document.querySelector('.table-wrap')?.getAttribute('aria-busy') === 'false',
      aiUseLedger.totalCount,
    );
    const filtered = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const shots = await page
      .getByTestId('ledger-table')
      .locator('tbody tr td:nth-of-type(2) .code')
      .allTextContents();
    expect(shots.every((s) => s.startsWith('DERRUMBE /'))).toBe(true);
    await screenshot(page, 'reviewer-ledger-filtered');

    const csv = await downloadText(page, page.getByRole('button', { name: 'Export CSV' }));
    expect(csv.name).toMatch(/\.csv$/);
    const records = csvRecords(csv.text);
    expect(records - 1).toBe(filtered);
  });

  it('verifies checkpoints in the browser and downloads an audit export that grows the log', async () => {
    await page.getByRole('link', { name: 'Log integrity and exports', exact: true }).click();

    expect(await signAndVerify()).toContain('Verified');
    const firstSize = await eventsCovered();

    const file = await downloadText(page, page.getByRole('button', { name: /Download audit export/ }));
    expect(file.name).toMatch(/\.jsonl$/);
    const lines = file.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; format?: string });
    expect(lines[0]).toMatchObject({ type: 'header', format: 'frameledger-audit/1' });
    // The export is itself an audited event, written into the file it is recorded in.
    expect(lines.filter((l) => l.type === 'event')).toHaveLength(firstSize + 1);

    // So the next checkpoint covers one more event; the browser checks the consistency proof that
    // the log it verified first is a prefix of this one.
    const result = await signAndVerify();
    expect(await eventsCovered()).toBe(firstSize + 1);
    expect(result).toContain('Verified');
    expect(result).toContain(`The first ${firstSize} event`);

    // The reviewer keeps the head to check later exports against (audit:verify --since).
    const saved = await downloadText(
      page,
      page.getByRole('button', { name: 'Download this checkpoint (.json)' }),
    );
    expect(saved.name).toBe(`frameledger-checkpoint-${firstSize + 1}.json`);
    expect(JSON.parse(saved.text)).toMatchObject({
      treeSize: firstSize + 1,
      rootHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // Signing re-ran the server's continuity check and kept the new head outside the database.
    await page
      .getByTestId('continuity')
      .getByText(`the latest it keeps outside the database is size ${firstSize + 1}`, { exact: false })
      .waitFor();
    expect(await page.getByTestId('continuity').textContent()).toContain('Server continuity holds');
    expect(await page.getByTestId('witnesses').textContent()).toContain('No witness is registered.');
    await screenshot(page, 'reviewer-audit-integrity');
  });
});

/** Records in RFC 4180 text: line breaks outside quotes end a record. */
function csvRecords(text: string): number {
  let quoted = false;
  let records = 0;
  for (const ch of text.trimEnd()) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) records++;
  }
  return records + 1;
}
