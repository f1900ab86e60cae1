import type { Browser, Page } from 'playwright-core';
import { encodeModel, floatTensor, imageValue, node } from '../../seeds/models/onnx-graph';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

/** A one-node ONNX graph (image x 0.9) the registry has not seen: its own bytes, its own sha256. */
function dimModel(): Buffer {
  return encodeModel({
    name: 'browser_test_dim',
    doc: 'Multiplies every value by 0.9.',
    nodes: [node('Mul', ['image', 'gain'], ['dimmed'])],
    initializers: [floatTensor('gain', [], [0.9])],
    inputs: [imageValue('image', 3, 'height', 'width')],
    outputs: [imageValue('dimmed', 3, 'height', 'width')],
  });
}

describe('the model registry', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'admin@frameledger.local');
    await page.getByRole('link', { name: /Models/ }).click();
  });
  afterAll(() => browser?.close());

  const card = () => page.getByRole('article').filter({ hasText: 'browser-test-dim' });

  it('lets the admin upload a model, describe it, and register it as pending', async () => {
    await page.getByRole('button', { name: /Register a model/ }).click();
    await page
      .getByLabel('ONNX file')
      .setInputFiles({ name: 'dim.onnx', mimeType: 'application/octet-stream', buffer: dimModel() });
    // The api opened the file and read its tensors; the layout is guessed from them.
    await page.getByText(/inputs image float32 \[1, 3, height, width\]/).waitFor();
    expect(await page.getByLabel('Layout').inputValue()).toBe('NCHW');
    await page.getByLabel('Name').fill('browser-test-dim');
    await page.getByLabel('Version').fill('0.1.0');
    await page.getByLabel('Task types it serves').selectOption('GRADE');
    await page.getByLabel('Licence (SPDX id)').fill('Apache-2.0');
    await page.getByLabel('Training data').selectOption('SYNTHETIC');
    await page.getByLabel('Weights').selectOption('HAND_SET');
    await page.getByLabel('Vendor').fill('FrameLedger tests');
    await page.getByLabel('Source').fill('test/browser/models.browser.spec.ts');
    await page.getByLabel('Model card').fill('Dims a frame by 10%. Hand-set; no training data.');
    await screenshot(page, 'admin-register-model', true);
    await page.getByRole('button', { name: 'Register as pending' }).click();

    await card().waitFor();
    expect(await card().getByText('Pending').count()).toBe(1);
  });

  it('lets the admin approve it', async () => {
    await card().getByRole('button', { name: 'Approve' }).click();
    await card().getByText('Approved by admin@frameledger.local', { exact: false }).waitFor();
    await screenshot(page, 'admin-models');
  });

  // The same admin session: the People page invites, re-roles and deactivates.
  it('lets the admin invite a person who sets a password from the link and signs in, then change their role and deactivate them', async () => {
    await page.getByRole('link', { name: /People/ }).click();
    await page.getByRole('button', { name: /Invite a person/ }).click();
    await page.getByLabel('Email').fill('rosa@studio.test');
    await page.getByLabel('Name').fill('Rosa Vidal');
    await page.getByLabel('Role', { exact: true }).selectOption('REVIEWER');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    const link = page.getByLabel('Invitation link');
    await link.waitFor();
    const url = new URL((await link.textContent())!);
    expect(url.pathname + url.search).toMatch(/^\/set-password\?token=fll_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'admin-invite-link');
    await page.getByRole('button', { name: 'Done' }).click();

    // Rosa opens the link in her own browser, sets a password under the policy and signs in.
    const rosa = await (await newContext(browser)).newPage();
    await rosa.goto(url.pathname + url.search);
    await rosa.getByLabel('New password').fill('short');
    await rosa.getByRole('button', { name: 'Set password' }).click();
    await rosa
      .getByRole('alert')
      .getByText(/12 to 256 characters/)
      .waitFor();
    await rosa.getByLabel('New password').fill('four quiet harbour lights');
    await rosa.getByRole('button', { name: 'Set password' }).click();
    await rosa.getByRole('link', { name: 'Sign in' }).click();
    await rosa.getByLabel('Email').fill('rosa@studio.test');
    await rosa.getByLabel('Password').fill('four quiet harbour lights');
    await rosa.getByRole('button', { name: 'Sign in' }).click();
    await rosa.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Audit/ }).waitFor();
    await rosa.context().close();
    await page.reload();

    const row = page.getByRole('row').filter({ hasText: 'rosa@studio.test' });
    await row.getByText('Active').waitFor();
    await row.getByLabel('Role of rosa@studio.test').selectOption('PLANNER');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tr')].some(
        (tr) =>
          tr.textContent?.includes('rosa@studio.test') && tr.querySelector('select')?.value === 'PLANNER',
      ),
    );
    await row.getByRole('button', { name: 'Deactivate rosa@studio.test' }).click();
    await row.getByText('Deactivated').waitFor();
    expect(await row.getByRole('combobox').count()).toBe(0);
    await screenshot(page, 'admin-people');
  });
});
