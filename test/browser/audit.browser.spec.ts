import type { Browser, Page } from 'playwright-core';
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

  it('verifies checkpoints in the browser and downloads an audit export that grows the log', async () => {
    await page.getByRole('link', { name: /Audit/ }).click();
    await page.getByRole('link', { name: 'Log integrity and exports' }).click();

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
    await screenshot(page, 'reviewer-audit-integrity');
  });
});
