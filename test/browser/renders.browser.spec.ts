import type { Browser, Page } from 'playwright-core';
import { queuedJob } from './support/jobs';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

describe('the operator’s renders page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'operator@frameledger.local');
    await page.getByRole('link', { name: /Renders/ }).click();
  });
  afterAll(() => browser?.close());

  it('runs the text detector over the SIGN plate and follows its progress bar to the end', async () => {
    await page.getByRole('button', { name: /Run a model/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Model', { exact: true })
      .selectOption({ label: 'paddleocr-ppocrv4-text-detector 4.0.0 (On-screen text localization)' });
    await dialog
      .getByLabel('Production')
      .selectOption({ label: 'DERRUMBE · Derrumbe (6-episode science-fiction series)' });
    // By shot, whatever path it is on now (another test may adopt a plan that moves it).
    const task = dialog.getByLabel('Task').locator('option', { hasText: /^SIGN010 · / });
    await task.waitFor({ state: 'attached' });
    await dialog.getByLabel('Task').selectOption((await task.getAttribute('value')) ?? '');
    await dialog.getByLabel('Frame folder').selectOption({
      label: 'DERRUMBE SIGN street plate (text localization demo): 12 frames 1001–1012, 1920×1080',
    });
    await dialog.getByRole('button', { name: 'Queue the job' }).click();

    const job = await queuedJob(page);
    // Read the bar as the subscription moves it: it only grows, and ends at 12 of 12.
    const bar = job.getByRole('progressbar');
    const seen: number[] = [];
    while ((await job.getAttribute('data-status')) !== 'SUCCEEDED') {
      seen.push(Number(await bar.getAttribute('aria-valuenow')));
      if (seen.length === 4) await screenshot(page, 'operator-job-running');
      expect(await job.getAttribute('data-status')).not.toMatch(/FAILED|CANCELLED/);
      await page.waitForTimeout(200);
    }
    seen.push(Number(await bar.getAttribute('aria-valuenow')));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(12);
    expect(await bar.getAttribute('aria-valuemax')).toBe('12');
    // The bar moved while the page watched: more than one value between queueing and the end.
    expect(new Set(seen).size).toBeGreaterThan(1);

    await page
      .getByTestId('wipe')
      .getByRole('img', { name: /^After:/ })
      .waitFor();
    await page.getByLabel('Wipe between before and after').fill('30');
    expect(await page.getByTestId('speed-up').textContent()).toMatch(/\d×/);
    // Baseline, AI path cost and saving in DERRUMBE's ARS: the job's USD compute converted at a named rate.
    const aiCost = page.getByTestId('ai-path-cost');
    // The cost is asked again when the job succeeds; its run brings the rate line.
    await aiCost.getByText(/^USD compute converted at/).waitFor();
    for (const figure of ['baseline-cost', 'ai-path-cost', 'ai-path-saving']) {
      expect(await page.getByTestId(figure).locator('.money').first().getAttribute('title')).toMatch(
        /minor units of ARS$/,
      );
    }
    expect(await aiCost.innerText()).toMatch(
      /USD compute converted at 1 USD = [\d.]+ ARS \(\d{4}-Q\d booked rate\)/,
    );
    await screenshot(page, 'operator-job-done', true);
  });
});
