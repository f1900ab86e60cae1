import type { Browser, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn, trackRequests } from './support/browser';

const REVIEWER = 'reviewer@frameledger.local';
/** The audit log's head: a checkpoint signed now covers every event so far. */
const auditHead = async () =>
  (
    await apiQuery<{ signAuditCheckpoint: { treeSize: number } }>(
      REVIEWER,
      'mutation { signAuditCheckpoint { treeSize } }',
    )
  ).signAuditCheckpoint.treeSize;
/** Events after seq `from`, up to `to`, read one by one through their inclusion proofs. */
const auditEvents = async (from: number, to: number) => {
  const events: Array<{ action: string; payloadJson: string }> = [];
  for (let seq = from + 1; seq <= to; seq++) {
    const proof = await apiQuery<{ auditInclusionProof: { event: { action: string; payloadJson: string } } }>(
      REVIEWER,
      'query($seq: Int!) { auditInclusionProof(seq: $seq) { event { action payloadJson } } }',
      { seq },
    );
    events.push(proof.auditInclusionProof.event);
  }
  return events;
};

describe('the planner’s plan: feasibility, what-ifs and the labour-optimal frontier', () => {
  let browser: Browser;
  let page: Page;
  let network: ReturnType<typeof trackRequests>;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    network = trackRequests(page);
    await signIn(page, 'planner@frameledger.local');
    await page.getByRole('link', { name: 'DERRUMBE' }).click();
  });
  afterAll(() => browser?.close());

  it('shows the server’s feasibility and the risk histogram with P50 and P90', async () => {
    await page.getByRole('link', { name: 'Feasibility and risk', exact: true }).click();
    await page.getByTestId('feasibility').waitFor();
    expect(await page.getByTestId('binding').textContent()).not.toBe('');
    await page.getByTestId('risk-probability').waitFor();
    const chart = page.getByRole('region', { name: 'Cost risk' }).locator('svg.recharts-surface');
    expect(await chart.getByText('P50', { exact: true }).count()).toBe(1);
    expect(await chart.getByText('P90', { exact: true }).count()).toBe(1);
    await screenshot(page, 'planner-feasibility-and-risk', true);
  });

  it('moves a what-if slider and the verdict changes with no request to the server', async () => {
    const serverTotal = await page.getByTestId('total-cost').textContent();
    const serverVerdict = await page.getByTestId('verdict').textContent();
    await page.getByRole('link', { name: 'What-ifs', exact: true }).click();
    await page.getByTestId('feasibility').waitFor();
    // Untouched, the browser prices the scenario to the same minor unit as the server.
    expect(await page.getByTestId('total-cost').textContent()).toBe(serverTotal);
    expect(await page.getByTestId('verdict').textContent()).toBe(serverVerdict);
    // What the tab was still loading (on a busy machine, after the verdict shows) is not the slider's.
    await network.quiet();

    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // Every AI-assisted task redone in full by artists, on top of its review: the AI plan no longer fits.
    await page.getByLabel('Rework rate on AI-assisted tasks').fill('100');
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="verdict"]')?.textContent !== before,
      serverVerdict,
    );
    expect(await page.getByTestId('verdict').textContent()).toMatch(/Over budget/);
    expect(requests).toEqual([]);
    await screenshot(page, 'planner-what-if-rework-100', true);
  });

  it('saves the what-if as a scenario the server then prices', async () => {
    await page.getByLabel('Scenario name').fill('Browser test: full rework');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('option')].some(
        (o) => o.selected && o.textContent === 'Scenario: Browser test: full rework',
      ),
    );
    await page.getByRole('link', { name: 'Feasibility and risk', exact: true }).click();
    await page.getByTestId('feasibility').waitFor();
    expect(await page.getByTestId('verdict').textContent()).toMatch(/Over budget/);
  });

  it('adopts a frontier point after confirming what changes, in one audit event, and undoes it in one', async () => {
    await page.getByRole('link', { name: 'Labour-optimal plan', exact: true }).click();
    await page.getByLabel('Plan', { exact: true }).selectOption('as-planned');
    const adoptButton = page.getByTestId('frontier-point').getByRole('button', { name: 'Adopt this plan…' });
    await adoptButton.waitFor({ timeout: 60_000 });
    const displacedBefore = await page.getByTestId('current-displaced').textContent();
    const chosen = await page.getByTestId('frontier-point').locator('dd').nth(1).textContent();
    await screenshot(page, 'planner-frontier-before-adopt', true);
    const before = await auditHead();

    // The preview writes nothing: the dialog lists what will change and what is left alone.
    await adoptButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('adopt-preview').waitFor({ timeout: 60_000 });
    const willChange = Number(
      /([\d,]+) task paths? will change/.exec((await dialog.textContent()) ?? '')?.[1].replace(/,/g, ''),
    );
    expect(willChange).toBeGreaterThan(0);
    const previewed = await auditHead();
    expect((await auditEvents(before, previewed)).filter((e) => /^(plan|task)\./.test(e.action))).toEqual([]);
    await screenshot(page, 'planner-frontier-adopt-preview');

    await dialog.getByRole('button', { name: /^Adopt: change/ }).click();
    await page.getByTestId('adopted').waitFor({ timeout: 120_000 });
    const said = (await page.getByTestId('adopted').textContent()) ?? '';
    const changed = Number(/([\d,]+) task paths? changed/.exec(said)?.[1].replace(/,/g, ''));
    expect(changed).toBe(willChange);
    const adoptedAt = await auditHead();
    const events = await auditEvents(previewed, adoptedAt);
    const adopted = events.filter((e) => e.action === 'plan.adopt_frontier_point');
    expect(adopted).toHaveLength(1);
    expect(events.filter((e) => e.action === 'task.update')).toEqual([]);
    // The one event lists every task the page says changed, with its path before and after.
    expect(JSON.parse(adopted[0].payloadJson).changes).toHaveLength(changed);
    // Where no task had to keep its path (done, or work logged), the plan now displaces what the point did.
    if (!/left alone/.test(said))
      await page.waitForFunction(
        (hours) => `${document.querySelector('[data-testid="current-displaced"]')?.textContent} h` === hours,
        chosen,
        { timeout: 60_000 },
      );
    await screenshot(page, 'planner-frontier-adopted', true);

    await page.getByRole('button', { name: 'Undo this adoption' }).click();
    await page.getByTestId('undone').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('undone').textContent()).toContain(`${changed} task path`);
    const undoEvents = await auditEvents(adoptedAt, await auditHead());
    expect(undoEvents.filter((e) => e.action === 'plan.adoption.undo')).toHaveLength(1);
    expect(undoEvents.filter((e) => e.action === 'task.update')).toEqual([]);
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="current-displaced"]')?.textContent === text,
      displacedBefore,
      { timeout: 60_000 },
    );
    await screenshot(page, 'planner-frontier-undone', true);
  });
});
