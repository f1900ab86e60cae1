import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

const SAMPLE_EDL = resolve(__dirname, '../fixtures/samples/edl/25fps.edl');
// Line 4 has an out point before its in point.
const BROKEN_EDL = [
  'TITLE: BROKEN',
  'FCM: NON-DROP FRAME',
  '',
  '001  SC00.JPG V     C        01:00:05:00 01:00:01:00 00:00:00:00 00:00:04:00',
  '* FROM CLIP NAME:  bad_s001',
].join('\n');

describe('the planner’s breakdown', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'planner@frameledger.local');
    await page.getByRole('link', { name: 'DERRUMBE' }).click();
    await page.getByTestId('breakdown-count').waitFor();
  });
  afterAll(() => browser?.close());
  const importButton = () => page.getByRole('dialog').getByRole('button', { name: /^Import/ });

  it('filters the tasks by path', async () => {
    await page.getByLabel('Path').selectOption('HUMAN');
    // Filtered (the count says so) and no longer loading: the rows are the filtered answer.
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="breakdown-count"]')
          ?.textContent?.includes('match the filters') &&
        document.querySelector('.table-wrap')?.getAttribute('aria-busy') === 'false',
    );
    const paths = await page
      .getByTestId('breakdown-table')
      .locator('tbody tr td:nth-of-type(5) .badge__label')
      .allTextContents();
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths)).toEqual(new Set(['Human']));
    expect(new URL(page.url()).searchParams.get('path')).toBe('HUMAN');
    await screenshot(page, 'planner-breakdown-human');
    await page.getByLabel('Path').selectOption('');
  });

  it('names the broken line of an EDL in the dry run and offers no import', async () => {
    await page.getByRole('button', { name: /Import EDL/ }).click();
    await page
      .getByLabel('File')
      .setInputFiles({ name: 'broken.edl', mimeType: 'text/plain', buffer: Buffer.from(BROKEN_EDL) });
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    const report = page.getByTestId('dry-run');
    await report.waitFor();
    expect(await report.locator('tbody tr').first().locator('td').first().textContent()).toBe('4');
    expect(await importButton().isDisabled()).toBe(true);
    await screenshot(page, 'planner-import-errors');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  // Chromium fires "cancel" on a file input when the picker closes on the same selection, and the
  // event bubbles: the <dialog> took it for its own Escape and closed, mid "fix the file and pick
  // it again".
  it('stays open when the same file is picked again', async () => {
    await page.getByRole('button', { name: /Import EDL/ }).click();
    const file = page.getByLabel('File');
    const broken = { name: 'broken.edl', mimeType: 'text/plain', buffer: Buffer.from(BROKEN_EDL) };
    await file.setInputFiles(broken);
    await file.setInputFiles(broken);
    await file.evaluate((input) => input.dispatchEvent(new Event('cancel', { bubbles: true })));
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByTestId('dry-run').waitFor();
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    // Escape on the dialog itself still closes it.
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('suggests the frame rate for a 25 fps EDL read at 24, and refuses episode 0 in the form', async () => {
    await page.getByRole('button', { name: /Import EDL/ }).click();
    await page.getByLabel('File').setInputFiles(SAMPLE_EDL);
    await page.getByLabel('Episode number').fill('0');
    await page.getByText('Episodes are numbered from 1: 0 is not an episode.').waitFor();
    expect(await page.getByRole('button', { name: 'Check (dry run)' }).isDisabled()).toBe(true);
    await page.getByLabel('Episode number').fill('1');
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByTestId('dry-run').waitFor();
    await page
      .getByTestId('dry-run')
      .getByText('Import at 25 or 30 fps, the rate the edit was cut at.')
      .waitFor();
    await screenshot(page, 'planner-import-frame-rate-hint');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('imports an EDL only after a clean dry run', async () => {
    await page.getByRole('button', { name: /Import EDL/ }).click();
    await page.getByLabel('File').setInputFiles(SAMPLE_EDL);
    await page.getByLabel('Timeline rate (fps)').fill('25');
    expect(await importButton().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByTestId('dry-run').waitFor();
    // 25fps.edl has four events: sq001_s001 .. sq001_s004.
    expect(await page.getByTestId('dry-run').locator('tbody tr').count()).toBe(4);
    await screenshot(page, 'planner-import-dry-run');
    await page.getByRole('button', { name: 'Import 4 new shots and 0 new tasks' }).click();
    await page.getByText('Imported 4 new shots and 0 new tasks from 25fps.edl.').waitFor();
    await page.getByRole('button', { name: 'Back to the breakdown' }).click();
  });
});
