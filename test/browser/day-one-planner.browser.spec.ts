import type { Browser, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

const PLANNER = 'planner@frameledger.local';
const PERSON = 'Day One Artist';
// A ShotGrid time log export: Entity is the shot, Task the task type, Duration minutes.
const header = 'Id,Project,Entity,Task,User,Date,Duration,Description';
const SHOTGRID = [
  header,
  `7001,Derrumbe,COL090,Roto,${PERSON},2026-11-10,240,garbage mattes`,
  `7002,Derrumbe,COL090,Comp,${PERSON},2026-11-10,90,`,
].join('\r\n');
// Line 3 names a shot DERRUMBE does not have.
const BROKEN = [
  header,
  `7001,Derrumbe,COL090,Roto,${PERSON},2026-11-10,240,`,
  `7002,Derrumbe,NOPE010,Comp,${PERSON},2026-11-10,90,`,
].join('\r\n');

/** Minutes logged by the journey's artist on DERRUMBE, as the api reports them. */
async function loggedMinutes(productionId: string): Promise<number[]> {
  const { timeEntries } = await apiQuery<{ timeEntries: { edges: { node: { minutes: number } }[] } }>(
    PLANNER,
    'query($p: ID!, $who: String) { timeEntries(productionId: $p, person: $who, first: 50) { edges { node { minutes } } } }',
    { p: productionId, who: PERSON },
  );
  return timeEntries.edges.map((e) => e.node.minutes).sort((a, b) => a - b);
}

describe('the planner imports a ShotGrid time log', () => {
  let browser: Browser;
  let page: Page;
  let productionId: string;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, PLANNER);
    await page.getByRole('link', { name: 'DERRUMBE' }).click();
    await page.getByRole('link', { name: 'Time logged' }).click();
    productionId = new URL(page.url()).pathname.split('/')[2];
    await page.getByRole('button', { name: 'Import time log' }).click();
  });
  afterAll(() => browser?.close());
  const dialog = () => page.getByRole('dialog');
  const pick = (name: string, text: string) =>
    dialog()
      .getByLabel('File')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

  it('names the line of an unknown shot in the dry run and offers no import', async () => {
    await pick('shotgrid-broken.csv', BROKEN);
    await dialog().getByRole('button', { name: 'Check (dry run)' }).click();
    const report = dialog().getByTestId('dry-run');
    await report.getByText('1 problem').waitFor();
    const problem = report.locator('table').first().locator('tbody tr').first();
    expect(await problem.locator('td').first().textContent()).toBe('3');
    expect(await problem.textContent()).toContain('no COMP task on shot NOPE010 in this production');
    expect(
      await dialog()
        .getByRole('button', { name: /^Import/ })
        .isDisabled(),
    ).toBe(true);
    await screenshot(page, 'planner-time-import-problem');
  });

  it('dry-runs the fixed file as shots, tasks and roles, writing nothing', async () => {
    await pick('shotgrid.csv', SHOTGRID);
    await dialog().getByText('The file changed: check again before importing.').waitFor();
    await dialog().getByRole('button', { name: 'Check (dry run)' }).click();
    const report = dialog().getByTestId('dry-run');
    // 240 + 90 minutes = 330 minutes = 5.5 hours.
    await report.getByText('No problems').waitFor();
    expect(await report.getByRole('status').textContent()).toContain('Would log 2 entries (5.5 h)');
    const rows = await report
      .getByTestId('time-import-entries')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    // Someone new is priced at the task type's baseline role.
    expect(rows.map((r) => [r[0], r[2], r[3], r[5], r[7]])).toEqual([
      ['2', 'COL090', 'Rotoscoping', 'Roto artist', '4 h'],
      ['3', 'COL090', 'Compositing', 'Compositor', '1.5 h'],
    ]);
    expect(await loggedMinutes(productionId)).toEqual([]);
    await screenshot(page, 'planner-time-import-dry-run');
  });

  it('imports the entries, and undoes the import', async () => {
    await dialog().getByRole('button', { name: 'Import 2 entries (5.5 h)' }).click();
    await dialog().getByText('Logged 2 entries (5.5 h) from shotgrid.csv.').waitFor();
    expect(await loggedMinutes(productionId)).toEqual([90, 240]);
    await screenshot(page, 'planner-time-imported');
    await dialog().getByRole('button', { name: 'Undo this import' }).click();
    await dialog().getByText('The 2 entries (5.5 h) from shotgrid.csv are removed again.').waitFor();
    expect(await loggedMinutes(productionId)).toEqual([]);
    await screenshot(page, 'planner-time-import-undone');
    await dialog().getByRole('button', { name: 'Back to the time logged' }).click();
    await dialog().waitFor({ state: 'detached' });
  });
});
