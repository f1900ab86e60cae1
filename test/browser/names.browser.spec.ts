import { CODE_NAMES } from '@frameledger/analytics';
import type { Browser, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadBytes } from './support/downloads';
import { pdfPages } from '../support/pdf';

/** A UUID, or the start of one as a table cuts it ("0525b13b-256…"). */
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{1,4}/i;

/** The reviewer's and the executive's pages, as each role reaches them. */
const VISITS: Array<{ email: string; paths: string[] }> = [
  {
    email: 'reviewer@frameledger.local',
    paths: [
      '/audit/ledger',
      '/audit/exceptions',
      '/audit/consents',
      '/audit/integrity',
      '/labour',
      '/renders',
    ],
  },
  { email: 'admin@frameledger.local', paths: ['/audit/exceptions'] },
  { email: 'executive@frameledger.local', paths: ['/portfolio', '/labour'] },
];

describe('pages and the PDF show names, never a UUID or a code that has a name', () => {
  let browser: Browser;
  /** Every code with a name: the names map's, and the labour roles' and task types' own. */
  let named: string[];
  /** The labour roles' and task types' codes that have a name of their own. */
  let recordCodes: string[];
  beforeAll(async () => {
    browser = await launchChromium();
    const tables = await apiQuery<{
      labourRoles: { edges: { node: { code: string; name: string } }[] };
      taskTypes: { edges: { node: { code: string; name: string } }[] };
    }>(
      'admin@frameledger.local',
      `{ labourRoles(first: 100) { edges { node { code name } } } taskTypes(first: 100) { edges { node { code name } } } }`,
    );
    recordCodes = [...tables.labourRoles.edges, ...tables.taskTypes.edges]
      .map((e) => e.node)
      .filter((n) => n.name !== n.code)
      .map((n) => n.code)
      // A code of two or three letters (the FX task type) reads the same as an abbreviation (FX rate, GPU).
      .filter((code) => code.length > 3);
    named = [...Object.keys(CODE_NAMES).filter((code) => code.length > 3), ...recordCodes];
  });
  afterAll(() => browser?.close());

  /** The codes and UUIDs in a text, each once. */
  const offences = (text: string) => [
    ...new Set([
      ...(text.match(new RegExp(UUID, 'gi')) ?? []),
      ...named.filter((code) => new RegExp(`(^|[^A-Za-z0-9_])${code}([^A-Za-z0-9_]|$)`).test(text)),
    ]),
  ];

  async function visit(page: Page, path: string): Promise<string> {
    await page.goto(path);
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
    // Wait until nothing on the page is loading any more.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .state--loading'));
    // Open every <details> so evidence and reviews are read too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    return page.locator('main').innerText();
  }

  it.each(VISITS)('as $email', async ({ email, paths }) => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, email);
    const found: Record<string, string[]> = {};
    for (const path of paths) {
      const text = await visit(page, path);
      expect(text.length).toBeGreaterThan(100);
      const bad = offences(text);
      if (bad.length) found[path] = bad;
    }
    await screenshot(page, `names-${email.split('@')[0]}`);
    expect(found).toEqual({});
    await page.close();
  });

  it("in the working behind each of the executive's figures: records, roles and task types by name", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'executive@frameledger.local');
    await page.getByLabel('Quarter', { exact: true }).selectOption('2026-Q3');
    await page.getByTestId('tile-spend').waitFor();
    const figures = page.locator('.tiles .figure-button');
    const count = await figures.count();
    expect(count).toBeGreaterThan(4);
    const found: Record<string, string[]> = {};
    for (let i = 0; i < count; i++) {
      const title = (await figures.nth(i).getAttribute('title')) ?? String(i);
      await figures.nth(i).click();
      const working = page.getByTestId('working');
      await working.waitFor();
      await working.evaluate((w) => w.querySelectorAll('details').forEach((d) => (d.open = true)));
      const text = await page.getByRole('dialog').innerText();
      const bad = [
        ...(text.match(new RegExp(UUID, 'gi')) ?? []),
        ...recordCodes.filter((code) => new RegExp(`(^|[^A-Za-z0-9_])${code}([^A-Za-z0-9_]|$)`).test(text)),
      ];
      if (bad.length) found[title] = bad;
      if (i === 0) await screenshot(page, 'names-working-records');
      await page.getByRole('button', { name: 'Close' }).click();
      await working.waitFor({ state: 'detached' });
    }
    expect(found).toEqual({});
    await page.close();
  });

  it('in the quarterly PDF', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'executive@frameledger.local');
    await page.getByTestId('tile-spend').waitFor();
    const file = await downloadBytes(page, page.getByRole('button', { name: /summary \(PDF\)$/ }));
    const text = pdfPages(file.bytes).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Spend by production');
    expect(offences(text)).toEqual([]);
    await page.close();
  });
});
