import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

describe('labour impact', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer@frameledger.local');
    await page.getByRole('link', { name: /Labour impact/ }).click();
  });
  afterAll(() => browser?.close());

  it('groups by department and opens a figure’s working down to the time entries', async () => {
    await page.getByTestId('labour-table').waitFor();
    await page.getByLabel('Group by').selectOption('DEPARTMENT');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="labour-table"] thead th')?.textContent === 'Department',
    );
    // Created hours of the first department with any: its working lists lines with time entries behind them.
    const created = page
      .getByTestId('labour-table')
      .locator('tbody tr td:nth-of-type(3) button')
      .filter({ hasNotText: /^0$/ });
    await created.first().click();
    const working = page.getByTestId('working');
    await working.waitFor();
    expect(await working.getByText(/time entr(y|ies)$/).count()).toBeGreaterThan(0);
    await screenshot(page, 'reviewer-labour-working');
    await page.getByRole('button', { name: 'Close' }).click();
    await screenshot(page, 'reviewer-labour-by-department', true);
  });
});
