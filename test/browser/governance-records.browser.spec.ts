import { createHash } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiQuery } from './support/api';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { AWAITING_SHOT } from '../../seeds/demo/rulebook';

interface Task {
  id: string;
  likenessKind: string;
  aiForbidden: boolean;
  shot: { code: string };
  taskType: { code: string; name: string };
}
interface Facts {
  outputStatus: string;
  lastAiRunAt: string | null;
  signedOffAt: string | null;
  requiredForFinal: string[];
}

const PLANNER = 'planner@frameledger.local';
const ADMIN = 'admin@frameledger.local';
const SEVERITY = `mutation($p: ID!, $s: PolicySeverity!) {
  setPolicySeverity(productionId: $p, ruleId: SYNTHETIC_PERFORMER_NOTICE, severity: $s) { id } }`;
const FACTS = `query($t: ID!) { aiUseFacts(taskId: $t) { outputStatus lastAiRunAt signedOffAt requiredForFinal } }`;
/** Unique to this run, so the consent found on the page is the one this test recorded. */
const PERFORMER = `Inés Arroyo ${Date.now().toString(36)}`;
/**
 * The signed consent as a PDF of this run's own bytes: the store keeps one row per content, so a
 * scan whose bytes another test uploaded (a render, say) would come back under that file's name.
 */
const SCAN = Buffer.from(`%PDF-1.4\n% Signed consent of ${PERFORMER}\n%%EOF\n`);

/**
 * An AI-final DERRUMBE task with an AI render, no likeness, output still temporary and not signed
 * off: the page can take it through every AI-use record to a sign-off. Followed by its id after.
 */
async function pickTask(productionId: string): Promise<Task> {
  const { tasks } = await apiQuery<{ tasks: { edges: Array<{ node: Task }> } }>(
    PLANNER,
    `query($p: ID!) { tasks(productionId: $p, path: AI_FINAL, first: 100) {
      edges { node { id likenessKind aiForbidden shot { code } taskType { code name } } } } }`,
    { p: productionId },
  );
  for (const { node } of tasks.edges) {
    if (node.likenessKind !== 'NONE' || node.aiForbidden) continue;
    const { aiUseFacts } = await apiQuery<{ aiUseFacts: Facts }>(PLANNER, FACTS, { t: node.id });
    if (aiUseFacts.outputStatus === 'TEMPORARY' && aiUseFacts.lastAiRunAt && !aiUseFacts.signedOffAt)
      return node;
  }
  throw new Error('The demo has no AI-final DERRUMBE task with a render left to take to final.');
}

describe('every governance record a person is told to make can be made on the page', () => {
  let browser: Browser;
  let productionId: string;

  const pageAs = async (email: string): Promise<Page> => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, email);
    return page;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    const { productions } = await apiQuery<{
      productions: { edges: Array<{ node: { id: string; code: string } }> };
    }>(PLANNER, `{ productions(first: 50) { edges { node { id code } } } }`);
    productionId = productions.edges.find((e) => e.node.code === 'DERRUMBE')!.node.id;
  });
  /** Set when the test below moved the synthetic-performer rule to FLAG on DERRUMBE. */
  let restoreSeverity = false;
  afterAll(async () => {
    if (restoreSeverity) await apiQuery(ADMIN, SEVERITY, { p: productionId, s: 'BLOCK' });
    await browser?.close();
  });

  it("an admin records a performer's consent on Audit, Consents, and the register lists it", async () => {
    const page = await pageAs('admin@frameledger.local');
    await page.goto(`/audit/consents?productionId=${productionId}`);
    await page.getByRole('button', { name: 'Record a consent…' }).click();
    const dialog = page.getByRole('dialog');
    // The register's production filter carries into the dialog.
    expect(await dialog.getByLabel('Production').inputValue()).toBe(productionId);
    await dialog.getByLabel('Performer', { exact: true }).fill(PERFORMER);
    await dialog.getByLabel('Replica').selectOption('INDEPENDENT_REPLICA');
    await dialog.getByLabel('Signed on').fill('2026-03-02T10:00');
    await dialog.getByLabel('Notice given on').fill('2026-03-01T09:00');
    await dialog.getByLabel(/^Compensation/).fill('1500');
    await dialog.getByLabel('Agreed use').fill('Face replacement in the collapse sequence only');
    await dialog.getByLabel('Why the performer was scanned').fill('Face replacement for the collapse stunt');
    await dialog
      .getByLabel('Signed document')
      .setInputFiles({ name: 'consent-arroyo.pdf', mimeType: 'application/pdf', buffer: SCAN });
    await dialog.getByTestId('consent-document').getByText('consent-arroyo.pdf, stored as').waitFor();
    await screenshot(page, 'admin-record-consent');
    await dialog.getByRole('button', { name: 'Record the consent' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.locator('tbody tr').filter({ hasText: PERFORMER });
    await row.waitFor();
    expect(await row.textContent()).toContain('Independent replica');
    expect(await row.textContent()).toContain('Face replacement in the collapse sequence only');
    expect(await row.getByRole('list', { name: 'Performer terms' }).textContent()).toBe(
      'Scanned because: Face replacement for the collapse stunt',
    );
    // The register names the stored document by its sha256.
    expect(await row.locator('td.code').getAttribute('title')).toBe(
      createHash('sha256').update(SCAN).digest('hex'),
    );
    await screenshot(page, 'admin-consent-recorded', true);
  });

  it('a reviewer reads that only an admin records consents', async () => {
    const page = await pageAs('reviewer@frameledger.local');
    await page.goto('/audit/consents');
    await page.getByText('An admin records a consent here; a reviewer reads them.').waitFor();
    expect(await page.getByRole('button', { name: 'Record a consent…' }).count()).toBe(0);
  });

  it('a planner records the AI-use facts of an AI-final task, promotes it to final and signs it off', async () => {
    const task = await pickTask(productionId);
    const page = await pageAs(PLANNER);
    await page.goto(`/productions/${productionId}/breakdown`);
    await page.getByLabel('Task type').selectOption(task.taskType.code);
    await page.getByLabel('Path').selectOption('AI_FINAL');
    const row = page
      .getByTestId('breakdown-table')
      .locator('tbody tr')
      .filter({ has: page.locator('th', { hasText: task.shot.code }) })
      .filter({ hasText: task.taskType.name })
      .filter({ hasText: 'AI final' });
    await row.getByRole('button', { name: 'AI use and sign-off…' }).click();
    // The dialog is the picked task's, not another task of the shot.
    await page
      .getByRole('dialog', { name: `AI use and sign-off · ${task.shot.code} ${task.taskType.name}` })
      .waitFor();
    const dialog = page.getByRole('dialog');
    const facts = dialog.getByTestId('ai-use-facts');
    await facts.waitFor();
    const fact = (term: string): Locator =>
      facts.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
    const open = async (summary: string) => {
      await dialog.getByText(summary, { exact: true }).click();
      return dialog.locator('details', { has: page.getByText(summary, { exact: true }) });
    };

    const disclosure = await open('Record a disclosure to the distributor');
    await disclosure.getByLabel('Contact told').fill('Netflix VFX producer, M. Ortega');
    await disclosure.getByLabel('Told on').fill('2026-02-10T11:00');
    await disclosure.getByLabel('What they were told').fill(`Generative set extension on ${task.shot.code}`);
    await disclosure.getByRole('button', { name: 'Record the disclosure' }).click();
    await fact('Told to the distributor')
      .getByText('Netflix VFX producer, M. Ortega', { exact: false })
      .waitFor();

    const check = await open('Answer the five-principle check');
    await check.getByRole('button', { name: 'Save the answers' }).click();
    await fact('Escalation').getByText('Not needed').waitFor();
    expect(await fact('Five-principle check').textContent()).toContain(
      'The tool runs in an enterprise-secured environment: Yes',
    );

    const { aiUseFacts } = await apiQuery<{ aiUseFacts: Facts }>(PLANNER, FACTS, { t: task.id });
    expect(aiUseFacts.requiredForFinal.length).toBeGreaterThan(0);
    const approval = await open('Record a written approval');
    for (const category of aiUseFacts.requiredForFinal) {
      await approval.getByLabel('Covers').selectOption(category);
      await approval.getByLabel('Approved by').fill('Dana Whitfield, Netflix');
      await approval.getByLabel('Document').fill(`memo ${category.toLowerCase()}`);
      await approval.getByLabel('Approved on').fill('2026-02-12T15:00');
      await approval.getByRole('button', { name: 'Record the approval' }).click();
      await fact('Written approvals')
        .getByText(`(memo ${category.toLowerCase()})`, { exact: false })
        .waitFor();
    }
    await screenshot(page, 'planner-ai-use-recorded');

    await dialog.getByRole('button', { name: 'Promote the output to final' }).click();
    await fact('Output').getByText('Final', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Sign off the AI-final output' }).click();
    await fact('Sign-off').getByText(`Signed off by ${PLANNER}`, { exact: false }).waitFor();
    await screenshot(page, 'planner-ai-final-signed-off');

    const after = await apiQuery<{ aiUseFacts: Facts }>(PLANNER, FACTS, { t: task.id });
    expect(after.aiUseFacts.outputStatus).toBe('FINAL');
    expect(after.aiUseFacts.signedOffAt).not.toBeNull();
  });

  it("a reviewer records the union notice a synthetic performer's exception asks for, and it closes", async () => {
    // The demo gives every synthetic performer a union notice, so one is made here: a planned FX
    // task becomes a synthetic performer, and a vendor run on it (with the rule at FLAG, restored
    // after) opens the exception a reviewer finds on the register.
    const { tasks } = await apiQuery<{ tasks: { edges: Array<{ node: Task & { path: string } }> } }>(
      PLANNER,
      `query($p: ID!) { tasks(productionId: $p, taskTypeCode: "FX", status: PLANNED, first: 100) {
        edges { node { id path likenessKind aiForbidden shot { code } taskType { code name } } } } }`,
      { p: productionId },
    );
    const task = tasks.edges
      .map((e) => e.node)
      .filter((t) => t.path !== 'HUMAN' && !t.aiForbidden && t.likenessKind === 'NONE')
      .filter((t) => t.shot.code !== AWAITING_SHOT)
      .at(-1)!;
    const { vendorTools } = await apiQuery<{ vendorTools: Array<{ id: string; name: string }> }>(
      PLANNER,
      `{ vendorTools { id name } }`,
    );
    await apiQuery(ADMIN, SEVERITY, { p: productionId, s: 'FLAG' });
    restoreSeverity = true;
    await apiQuery(
      PLANNER,
      `mutation($t: ID!) { updateTask(id: $t, input: { likenessKind: SYNTHETIC_PERFORMER, performerName: "Crowd double (synthetic)" }) { id } }`,
      { t: task.id },
    );
    await apiQuery(PLANNER, `mutation($i: RecordAiRunInput!) { recordAiRun(input: $i) { id } }`, {
      i: {
        taskId: task.id,
        toolId: vendorTools.find((t) => t.name === 'Flow Studio')!.id,
        modelName: 'Flow Studio live-action replacement',
        modelVersion: '2026.10',
        startedAt: '2026-11-20T10:00:00Z',
        finishedAt: '2026-11-20T10:30:00Z',
        usage: { unit: 'SECOND_OF_FOOTAGE', quantity: '4' },
        invoiceRef: `ADSK-INV-2026-11/${task.shot.code}-synthetic`,
        operator: 'Valeria Quiroga',
      },
    });

    const page = await pageAs('reviewer@frameledger.local');
    await page.goto(`/audit/exceptions?productionId=${productionId}&ruleId=SYNTHETIC_PERFORMER_NOTICE`);
    const card = page
      .getByRole('list', { name: 'Policy exceptions' })
      .getByRole('listitem')
      .filter({ hasText: task.shot.code });
    await card.getByText('Open', { exact: true }).waitFor();
    expect(await card.textContent()).toContain('Record the union notice" on this exception');
    await card.getByText('Record the union notice', { exact: true }).click();
    await card.getByLabel('Union told').fill('SAG-AFTRA');
    await card.getByLabel('What the notice said').fill(`Synthetic performer in shot ${task.shot.code}`);
    await card.getByLabel('Given on').fill('2026-11-01T09:00');
    await screenshot(page, 'reviewer-record-union-notice');
    await card.getByRole('button', { name: 'Record notice and close' }).click();
    await card.getByText('Resolved', { exact: true }).waitFor();
    expect(await card.textContent()).toContain(
      `Union notice to SAG-AFTRA recorded: Synthetic performer in shot ${task.shot.code}`,
    );
    await screenshot(page, 'reviewer-union-notice-recorded');
  });
});
