import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

const TABLET = { width: 768, height: 1024 };

/** The page fits its width: only tables and charts may scroll inside their own frames. */
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('layout and keyboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('fits a tablet: the navigation moves above the page and nothing scrolls sideways', async () => {
    const page = await (await newContext(browser, TABLET)).newPage();
    await signIn(page, 'executive@frameledger.local');
    await page.getByTestId('tile-spend').waitFor();
    const nav = await page.getByRole('navigation', { name: 'Pages' }).boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(nav && main && nav.y + nav.height <= main.y).toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'tablet-executive-portfolio', true);

    await page.getByRole('link', { name: /Labour impact/ }).click();
    await page.getByTestId('labour-table').waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'tablet-executive-labour');
  });

  it('fits a tablet for the planner’s plan pages', async () => {
    const page = await (await newContext(browser, TABLET)).newPage();
    await signIn(page, 'planner@frameledger.local');
    await page.getByRole('link', { name: 'DERRUMBE' }).click();
    await page.getByRole('link', { name: 'Feasibility and risk', exact: true }).click();
    await page.getByTestId('feasibility').waitFor();
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'tablet-planner-feasibility', true);
  });

  it('lets the keyboard skip to the page and reach every navigation link', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer@frameledger.local');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Start again from the skip link (the first stop), so the walk does not depend on where the
    // page's own content leaves the sequential focus point while it loads.
    await page.getByText('Skip to content').focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        document.activeElement?.classList.contains('nav-link')
          ? (document.activeElement.querySelector('.nav-link__label')?.textContent ?? '')
          : '',
      );
      if (label && !reached.includes(label)) reached.push(label);
    }
    expect(reached).toEqual(['Labour impact', 'Renders', 'Models', 'Audit']);
  });
});
