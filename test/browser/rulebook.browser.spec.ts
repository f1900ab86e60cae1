import type { Browser, Page } from 'playwright-core';
import { pdfPages } from '../support/pdf';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadBytes, downloadText } from './support/downloads';

const DERRUMBE = 'DERRUMBE · Derrumbe (6-episode science-fiction series)';

describe('the 2026 rulebook in the dashboard', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const cards = () => page.getByRole('list', { name: 'Policy exceptions' }).getByRole('listitem');

  /** Signs in and opens DERRUMBE's "AI rules and disclosure" tab. */
  const openRulebook = async (email: string) => {
    page = await (await newContext(browser)).newPage();
    await signIn(page, email);
    await page.getByRole('link', { name: /Productions/ }).click();
    await page
      .getByRole('link', { name: /DERRUMBE/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'AI rules and disclosure' }).click();
  };

  it("lets the reviewer filter DERRUMBE's exceptions by rule pack and download its disclosure statement", async () => {
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer@frameledger.local');
    await page.getByRole('link', { name: /Audit/ }).click();
    await page.getByRole('link', { name: 'Policy exceptions' }).click();
    await page.getByLabel('Production', { exact: true }).selectOption({ label: DERRUMBE });

    // The crew unions' pack: DERRUMBE's missing worker notice, and nothing of any other rule.
    await page.getByLabel('Rule pack').selectOption('iatse-ba-2024');
    await cards().first().waitFor();
    expect(await cards().count()).toBeGreaterThan(0);
    expect(await cards().filter({ hasNotText: 'Worker notice of generative AI' }).count()).toBe(0);
    const ruleChoices = await page.getByLabel('Rule', { exact: true }).locator('option').allTextContents();
    expect(ruleChoices).toEqual(['All rules', 'Worker notice of generative AI']);
    await screenshot(page, 'reviewer-exceptions-by-pack');

    // Netflix's pack: its uses were disclosed and checked, so nothing is on the register.
    await page.getByLabel('Rule pack').selectOption('netflix-genai-2025-08');
    await page.getByText('No policy exceptions match.').waitFor();
    await screenshot(page, 'reviewer-exceptions-netflix-pack');

    // The signed JSON and the PDF are two renderings of one statement: the same count of uses
    // (other tests may add runs to DERRUMBE before this one, so the count is read, not fixed).
    const json = JSON.parse(
      (await downloadText(page, page.getByRole('button', { name: 'Signed statement (JSON)' }))).text,
    );
    const uses = json.statement.uses.length;
    expect(uses).toBeGreaterThan(0);
    const pdf = await downloadBytes(page, page.getByRole('button', { name: 'Disclosure statement (PDF)' }));
    const text = pdfPages(pdf.bytes).join(' ');
    expect(text).toContain('AI disclosure statement: DERRUMBE');
    expect(text).toContain(`Generative AI uses in the deliverable: ${uses}`);
    expect(text).toContain('Shot ARCHIVE010');
    expect(json.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    await screenshot(page, 'reviewer-statement-downloaded');
  });

  it('keeps both filters when the production and the pack change in one moment', async () => {
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer@frameledger.local');
    await page.getByRole('link', { name: /Audit/ }).click();
    await page.getByRole('link', { name: 'Policy exceptions' }).click();
    const production = page.getByLabel('Production', { exact: true });
    await production.locator('option', { hasText: 'DERRUMBE' }).first().waitFor({ state: 'attached' });
    const productionId = await production
      .locator('option', { hasText: 'DERRUMBE' })
      .first()
      .getAttribute('value');
    // The pack choices come with the rules; both options must be there before the picks.
    await page
      .getByLabel('Rule pack')
      .locator('option[value="iatse-ba-2024"]')
      .waitFor({ state: 'attached' });
    // Both changes in one task, before the router has drawn the first (a quick person, a slow machine).
    await page.evaluate(
      ({ productionId }) => {
        const select = (label: string) =>
          [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))
            ?.control as HTMLSelectElement;
        for (const [label, value] of [
          ['Production', productionId],
          ['Rule pack', 'iatse-ba-2024'],
        ]) {
          const el = select(label);
          el.value = value!;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }
      },
      { productionId },
    );
    await page.waitForFunction(() => new URL(location.href).searchParams.get('pack') === 'iatse-ba-2024');
    const params = new URL(page.url()).searchParams;
    expect([params.get('productionId'), params.get('pack')]).toEqual([productionId, 'iatse-ba-2024']);
    await page.getByRole('button', { name: 'Signed statement (JSON)' }).waitFor();
  });

  it('shows the planner which packs DERRUMBE is held to, beside the statement', async () => {
    await openRulebook('planner@frameledger.local');
    const packs = page.getByRole('list', { name: 'Rule packs that apply' });
    await packs.getByText('netflix-genai-2025-08').waitFor();
    for (const id of ['frameledger-core', 'sag-aftra-tv-2026', 'eu-ai-act-art50'])
      expect(await packs.getByText(id, { exact: true }).count()).toBe(1);
    expect(await packs.getByText('sag-aftra-tv-2023', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Disclosure statement (PDF)' }).waitFor();
    await screenshot(page, 'planner-production-rulebook', true);
  });

  it('lets the admin turn an OFF rule on and off again, and shows the disclosure plan', async () => {
    await openRulebook('admin@frameledger.local');
    const packs = page.getByRole('list', { name: 'Rule packs that apply' });
    const scanReason = packs.getByRole('listitem').filter({ hasText: /^Performer scan reason/ });
    await scanReason.getByText('(OFF: reported, not confirmed; not checked until turned on)').waitFor();
    const severity = page.getByLabel('Severity of Performer scan reason');
    expect(await severity.locator('option').allTextContents()).toEqual(['OFF (default)', 'FLAG', 'BLOCK']);
    // A confirmed rule offers no OFF.
    expect(
      await page.getByLabel('Severity of Likeness consent').first().locator('option').allTextContents(),
    ).toEqual(['FLAG', 'BLOCK (default)']);
    try {
      await severity.selectOption('FLAG');
      await scanReason.getByText('Performer scan reason (FLAG)').waitFor();
      await screenshot(page, 'admin-rule-turned-on');
    } finally {
      // Other specs share DERRUMBE: put the default back.
      await severity.selectOption('OFF');
      await scanReason.getByText('(OFF: reported, not confirmed; not checked until turned on)').waitFor();
    }
    const plans = page.getByRole('list', { name: 'Disclosure plans' });
    await plans.getByText('DERRUMBE, whole production').waitFor();
    expect(await plans.textContent()).toContain('End credits, Description metadata');
  });
});
