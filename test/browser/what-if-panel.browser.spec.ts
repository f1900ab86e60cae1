import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

/** "$203,476.97" or "($1,250.00)" as cents (LUMEN is priced in US dollars). */
const cents = (text: string | null): bigint => {
  const digits = (text ?? '').replace(/[^\d]/g, '');
  return (text ?? '').startsWith('(') ? -BigInt(digits) : BigInt(digits);
};
/** Cents as the page writes a change: "+$1,250.00" up, "($1,250.00)" down. */
const dollars = (c: bigint): string => {
  const abs = c < 0n ? -c : c;
  const text = `$${(abs / 100n).toLocaleString('en-US')}.${String(abs % 100n).padStart(2, '0')}`;
  return c < 0n ? `(${text})` : `+${text}`;
};

describe('the what-if result panel: in view while the sliders move, with the change against the starting plan', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'planner@frameledger.local');
    await page.getByRole('link', { name: 'LUMEN' }).click();
    await page.getByRole('link', { name: 'What-ifs', exact: true }).click();
    await page.getByTestId('whatif-summary').getByTestId('whatif-efc').waitFor();
  });
  afterAll(() => browser?.close());

  const panel = () => page.getByTestId('whatif-summary');
  const figure = (id: string) => panel().getByTestId(`whatif-${id}`).textContent();

  it('opens on the starting plan: every figure unchanged, the same EFC as the full result', async () => {
    expect(await figure('efc')).toBe(await page.getByTestId('feasibility').getByTestId('efc').textContent());
    expect(await figure('efc-change')).toBe('no change');
    expect(await figure('total-change')).toBe('no change');
    expect(await figure('headroom-change')).toBe('no change');
  });

  it('keeps the panel in view at the last slider and shows what raising contingency from 10% to 20% changes', async () => {
    const efc = await figure('efc');
    const totalBefore = cents(await figure('total'));
    const headroomBefore = cents(await figure('headroom'));
    const contingencyBefore = cents(
      await page.getByTestId('feasibility').locator('dt:text-is("Contingency") + dd').textContent(),
    );
    const startTop = await panel().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

    // Contingency is the last slider, below the fold of a laptop window.
    const slider = page.getByLabel('Contingency');
    await slider.scrollIntoViewIfNeeded();
    await slider.fill('20');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="whatif-total-change"]')?.textContent?.startsWith('+'),
    );

    // The window scrolled past where the panel started, and the panel is still wholly inside it.
    const view = await panel().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { scrollY: window.scrollY, top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(view.scrollY).toBeGreaterThan(startTop);
    expect(view.top).toBeGreaterThanOrEqual(0);
    expect(view.bottom).toBeLessThanOrEqual(view.height);

    // Contingency is charged on what is left, not on what is spent: the EFC stays, the total rises
    // by exactly the extra contingency, and the headroom falls by the same amount (in parentheses).
    const contingencyAfter = cents(
      await page.getByTestId('feasibility').locator('dt:text-is("Contingency") + dd').textContent(),
    );
    const extra = contingencyAfter - contingencyBefore;
    expect(extra).toBeGreaterThan(0n);
    expect(await figure('efc')).toBe(efc);
    expect(await figure('efc-change')).toBe('no change');
    expect(cents(await figure('total')) - totalBefore).toBe(extra);
    expect(await figure('total-change')).toBe(dollars(extra));
    expect(cents(await figure('headroom')) - headroomBefore).toBe(-extra);
    expect(await figure('headroom-change')).toBe(dollars(-extra));
    await screenshot(page, 'planner-what-if-panel-in-view');
  });

  it('shows the EFC’s change once every AI task takes 40 h of review, and none again after a reset', async () => {
    const start = cents(await figure('efc'));
    const review = page.getByLabel('AI review hours per task');
    await review.scrollIntoViewIfNeeded();
    await review.fill('40');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="whatif-efc-change"]')?.textContent !== 'no change',
    );
    const moved = cents(await figure('efc')) - start;
    expect(moved).not.toBe(0n);
    expect(await figure('efc-change')).toBe(dollars(moved));
    await screenshot(page, 'planner-what-if-panel-review-40');

    await page.getByRole('button', { name: 'Reset to the starting plan' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="whatif-efc-change"]')?.textContent === 'no change',
    );
    expect(await figure('total-change')).toBe('no change');
  });
});
