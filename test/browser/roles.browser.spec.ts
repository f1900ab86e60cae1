import type { Browser } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

/** What each demo role finds in the navigation, in order; the first is where it lands. */
const PAGES_BY_ROLE: Record<string, string[]> = {
  executive: ['Portfolio', 'Labour impact'],
  planner: ['Productions', 'Labour impact', 'Renders'],
  operator: ['Renders'],
  reviewer: ['Labour impact', 'Renders', 'Models', 'Audit'],
  admin: ['Productions', 'Renders', 'Models', 'Audit', 'People'],
};

describe('each role sees only its pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it.each(Object.entries(PAGES_BY_ROLE))('%s', async (role, pages) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, `${role}@frameledger.local`);
    const labels = await page
      .getByRole('navigation', { name: 'Pages' })
      .locator('.nav-link__label')
      .allTextContents();
    expect(labels).toEqual(pages);
    await page.getByRole('heading', { level: 1, name: pages[0] }).waitFor();
    await screenshot(page, `role-${role}-landing`);

    // A page of another role is not there, even by its address.
    const foreign = ['/audit', '/portfolio'].find(
      (path) => !pages.includes(path === '/audit' ? 'Audit' : 'Portfolio'),
    );
    await page.goto(foreign ?? '/audit');
    await page.getByText('There is no page here for your role.').waitFor();
    await context.close();
  });
});
