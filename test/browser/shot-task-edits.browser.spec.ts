import type { Browser, Locator, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

// Codes of this run only: the demo server is shared with the other specs and may be reused.
const RUN = String(Date.now() % 1_000_000);
const SEQUENCE = `EDIT${RUN}`;
const FIRST_CODE = `EDIT-${RUN}-A`;
const CODE = `EDIT-${RUN}-B`;
const PLANNER = 'planner@frameledger.local';

describe('a planner adds, changes and deletes a shot and its tasks on the breakdown', () => {
  let browser: Browser;
  let page: Page;
  let productionId: string;

  const table = () => page.getByTestId('breakdown-table');
  const row = (code: string, taskType: string) =>
    table()
      .locator('tbody tr')
      .filter({ has: page.locator('th', { hasText: code }) })
      .filter({ hasText: taskType });
  /** Opens a row's "Change…" fold and presses one of its buttons. */
  const change = async (target: Locator, button: string) => {
    await target.locator('summary', { hasText: 'Change…' }).click();
    await target.getByRole('button', { name: button }).click();
    return page.getByRole('dialog');
  };
  const countIs = (text: string) =>
    page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="breakdown-count"]')?.textContent?.trim() === expected &&
        document.querySelector('.table-wrap')?.getAttribute('aria-busy') !== 'true',
      text,
    );

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    const { productions } = await apiQuery<{
      productions: { edges: Array<{ node: { id: string; code: string } }> };
    }>(PLANNER, `{ productions(first: 50) { edges { node { id code } } } }`);
    productionId = productions.edges.find((e) => e.node.code === 'DERRUMBE')!.node.id;
    await signIn(page, PLANNER);
  });
  afterAll(() => browser?.close());

  it('adds a shot with a first task, then changes the shot and the task', async () => {
    await page.goto(`/productions/${productionId}`);
    await page.getByTestId('breakdown-count').waitFor();
    await page.getByRole('button', { name: 'Add a shot…' }).click();
    const add = page.getByRole('dialog');
    await add.getByLabel('Shot code').fill(FIRST_CODE);
    await add.getByLabel('Sequence').fill(SEQUENCE);
    await add.getByLabel('Last frame').fill('1048');
    await add.getByLabel('Description').fill('Collapse wide, added by hand');
    await add.getByLabel('First task').selectOption({ label: 'Rotoscoping' });
    await add.getByLabel('Complexity').selectOption({ label: 'Level 2' });
    await screenshot(page, 'planner-add-shot');
    await add.getByRole('button', { name: 'Add the shot' }).click();
    await add.waitFor({ state: 'detached' });

    await page.getByLabel('Sequence').fill(SEQUENCE);
    await countIs('1 task match the filters.');
    const roto = row(FIRST_CODE, 'Rotoscoping');
    expect(await roto.locator('td').nth(1).textContent()).toBe('48');

    const editShot = await change(roto, 'Edit shot…');
    await editShot.getByLabel('Shot code').fill(CODE);
    await editShot.getByLabel('Last frame').fill('1096');
    await editShot.getByRole('button', { name: 'Save the shot' }).click();
    await editShot.waitFor({ state: 'detached' });
    const renamed = row(CODE, 'Rotoscoping');
    await renamed.waitFor();
    expect(await renamed.locator('td').nth(1).textContent()).toBe('96');

    const editTask = await change(renamed, 'Edit task…');
    await editTask.getByLabel('Complexity').selectOption({ label: 'Level 3' });
    await editTask.getByLabel('Baseline hours').fill('12.5');
    await screenshot(page, 'planner-edit-task');
    await editTask.getByRole('button', { name: 'Save the task' }).click();
    await editTask.waitFor({ state: 'detached' });
    await renamed.locator('td.num', { hasText: '12.5 h' }).waitFor();
    expect(await renamed.locator('td').nth(3).textContent()).toBe('3');
  });

  it('assigns the task to a vendor company, which the task dialog then shows, and unassigns it', async () => {
    const vendorOf = async () => {
      const { tasks } = await apiQuery<{
        tasks: { edges: Array<{ node: { vendorCompany: string | null } }> };
      }>(
        PLANNER,
        `query($p: ID!, $s: String!) { tasks(productionId: $p, sequence: $s, first: 5) { edges { node { vendorCompany } } } }`,
        { p: productionId, s: SEQUENCE },
      );
      return tasks.edges.map((e) => e.node.vendorCompany);
    };
    const assign = async (company: string) => {
      const edit = await change(row(CODE, 'Rotoscoping'), 'Edit task…');
      await edit.getByLabel('Vendor company').fill(company);
      await edit.getByRole('button', { name: 'Save the task' }).click();
      await edit.waitFor({ state: 'detached' });
    };
    await assign('  Acme Roto  ');
    await row(CODE, 'Rotoscoping').getByText('Vendor: Acme Roto').waitFor();
    expect(await vendorOf()).toEqual(['Acme Roto']);
    const reopened = await change(row(CODE, 'Rotoscoping'), 'Edit task…');
    expect(await reopened.getByLabel('Vendor company').inputValue()).toBe('Acme Roto');
    await reopened.getByRole('button', { name: 'Close' }).click();
    await reopened.waitFor({ state: 'detached' });
    await assign('');
    await row(CODE, 'Rotoscoping').getByText('Vendor: Acme Roto').waitFor({ state: 'detached' });
    expect(await vendorOf()).toEqual([null]);
  });

  it('adds a second task to the shot and deletes it, saying what goes', async () => {
    const addTask = await change(row(CODE, 'Rotoscoping'), 'Add a task…');
    await addTask.getByLabel('Task type').selectOption({ label: 'Compositing' });
    await addTask.getByRole('button', { name: 'Add the task' }).click();
    await addTask.waitFor({ state: 'detached' });
    await countIs('2 tasks match the filters.');

    const confirm = await change(row(CODE, 'Compositing'), 'Delete task…');
    expect(await confirm.getByTestId('delete-what').textContent()).toContain(
      `This removes the Compositing task on shot ${CODE} (the shot stays).`,
    );
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByTestId('breakdown-notice').textContent()).toBe(
      `Deleted the Compositing task on shot ${CODE}.`,
    );
    await countIs('1 task match the filters.');
  });

  it('is refused deleting a task with time logged, with the reason, and then deletes the shot', async () => {
    const { tasks } = await apiQuery<{ tasks: { edges: Array<{ node: { id: string } }> } }>(
      PLANNER,
      `query($p: ID!, $s: String!) { tasks(productionId: $p, sequence: $s, first: 5) { edges { node { id } } } }`,
      { p: productionId, s: SEQUENCE },
    );
    const { logTimeEntry } = await apiQuery<{ logTimeEntry: { id: string } }>(
      PLANNER,
      `mutation($i: TimeEntryInput!) { logTimeEntry(input: $i) { id } }`,
      {
        i: {
          taskId: tasks.edges[0].node.id,
          person: 'Valeria Quiroga',
          roleCode: 'ROTO_ARTIST',
          workDate: '2026-10-15',
          minutes: 120,
          kind: 'ARTIST',
        },
      },
    );

    const refused = await change(row(CODE, 'Rotoscoping'), 'Delete task…');
    await refused.getByRole('button', { name: 'Delete' }).click();
    const alert = refused.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `The Rotoscoping task on shot ${CODE} can't be deleted: it has 2 h of time logged (1 entry).`,
    );
    expect(await alert.textContent()).toContain('set its status to Omitted');
    await screenshot(page, 'planner-delete-task-refused');
    await refused.getByRole('button', { name: 'Keep it' }).click();
    await refused.waitFor({ state: 'detached' });

    // With its time taken back the task holds nothing, so the shot can go with it.
    await apiQuery(PLANNER, `mutation($id: ID!) { deleteTimeEntry(id: $id) { __typename } }`, {
      id: logTimeEntry.id,
    });
    const confirm = await change(row(CODE, 'Rotoscoping'), 'Delete shot…');
    await confirm
      .getByTestId('delete-what')
      .filter({ hasText: `This removes shot ${CODE} and its task (Rotoscoping).` })
      .waitFor();
    await screenshot(page, 'planner-delete-shot');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByTestId('breakdown-notice').textContent()).toBe(
      `Deleted shot ${CODE} and its task (Rotoscoping).`,
    );
    await countIs('0 tasks match the filters.');
  });
});
