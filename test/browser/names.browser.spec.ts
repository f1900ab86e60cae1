import { CODE_NAMES } from '@frameledger/analytics';
import type { Browser, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadBytes } from './support/downloads';
import { pdfPages } from '../support/pdf';

/** A UUID, or the start of one as a table cuts it ("0525b13b-256…"). */
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{1,4}/i;

/** A production page's tabs; `:derrumbe` stands for DERRUMBE's id, read from the api. */
const PRODUCTION_TABS = ['breakdown', 'plan', 'what-ifs', 'frontier', 'cost', 'time', 'rulebook'].map(
  (tab) => `/productions/:derrumbe/${tab}`,
);

/**
 * Each role's pages, as it reaches them. The Rates and task types tab is left out: it is where an
 * admin types a task type's code, so the code is shown there beside its name on purpose.
 */
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
      '/models',
    ],
  },
  { email: 'admin@frameledger.local', paths: ['/audit/exceptions', '/models'] },
  { email: 'executive@frameledger.local', paths: ['/portfolio', '/labour'] },
  { email: 'planner@frameledger.local', paths: ['/productions', ...PRODUCTION_TABS, '/renders'] },
  // The operator has no models page of its own: its models are the Run a model dialog's list.
  { email: 'operator@frameledger.local', paths: ['/renders'] },
];

describe('pages and the PDF show names, never a UUID or a code that has a name', () => {
  let browser: Browser;
  /** Every code with a name: the names map's, and the labour roles' and task types' own. */
  let named: string[];
  /** The labour roles' and task types' codes that have a name of their own. */
  let recordCodes: string[];
  let derrumbe: string;
  beforeAll(async () => {
    browser = await launchChromium();
    const tables = await apiQuery<{
      labourRoles: { edges: { node: { code: string; name: string } }[] };
      taskTypes: { edges: { node: { code: string; name: string } }[] };
      productions: { edges: { node: { id: string; code: string } }[] };
    }>(
      'admin@frameledger.local',
      `{ labourRoles(first: 100) { edges { node { code name } } } taskTypes(first: 100) { edges { node { code name } } }
         productions(first: 100) { edges { node { id code } } } }`,
    );
    derrumbe = tables.productions.edges.find((e) => e.node.code === 'DERRUMBE')!.node.id;
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
    await page.goto(path.replace(':derrumbe', derrumbe));
    await page.locator('main').waitFor();
    await page.waitForLoadState('networkidle');
    // Wait until nothing on the page is loading any more.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .state--loading'));
    // Open every <details> so evidence and reviews are read too; a signed document shown verbatim
    // (a render's manifest, ids and all, as its signature covers it) is left closed.
    await page.evaluate(() =>
      document
        .querySelectorAll('details:not([data-verbatim])')
        .forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
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

  it("in the operator's models, as the Run a model dialog offers them: by task type name", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'operator@frameledger.local');
    await page.goto('/renders');
    await page.getByRole('button', { name: /Run a model/ }).click();
    const models = page.getByRole('dialog').getByLabel('Model', { exact: true }).locator('option');
    await models.nth(1).waitFor({ state: 'attached' });
    // The names come from the task type table, which loads beside the models.
    await page.waitForLoadState('networkidle');
    const text = (await models.allTextContents()).join('\n');
    expect(text).toContain('(On-screen text localization)');
    expect(offences(text)).toEqual([]);
    await screenshot(page, 'names-operator-models');
    await page.close();
  });

  it('in the working of a job’s AI path cost: shot, task type and role by name, the run by its number', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'operator@frameledger.local');
    await page.goto('/renders');
    // The demo's key on a RIO shot, queued by the first start: no test runs that model.
    const job = page.getByTestId('job').filter({ hasText: 'frameledger-chroma-key' }).first();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="job"]')].some(
          (j) =>
            j.textContent?.includes('frameledger-chroma-key') &&
            j.getAttribute('data-status') === 'SUCCEEDED',
        ),
      undefined,
      { timeout: 60_000 },
    );
    await job.locator('.job__select').click();
    await page.getByRole('heading', { name: /^RIO\d+ · Keying$/ }).waitFor();
    // Compute billed in USD reads also in DERRUMBE's card currency, beside the baseline in ARS.
    const compute = page.getByTestId('job-compute');
    await compute.getByText(/in the rate card’s currency/).waitFor();
    expect(await compute.innerText()).toMatch(/\$[\d.,]+[\s\S]*ARS/);
    await page.getByTestId('ai-path-cost').getByRole('button').click();
    const working = page.getByTestId('working');
    await working.waitFor();
    const text = await page.getByRole('dialog').innerText();
    expect(text).toMatch(/AI run 1/);
    expect(offences(text)).toEqual([]);
    await screenshot(page, 'names-job-working');
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
