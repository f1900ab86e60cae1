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

/** out = image x mask: an inpainting stand-in taking the frame and a 1-channel mask. */
function maskedModel(): Buffer {
  return encodeModel({
    name: 'browser_test_masked',
    doc: 'Multiplies the frame by its mask.',
    nodes: [node('Mul', ['image', 'mask'], ['out'])],
    initializers: [],
    inputs: [imageValue('image', 3, 'height', 'width'), imageValue('mask', 1, 'height', 'width')],
    outputs: [imageValue('out', 3, 'height', 'width')],
  });
}

/** Opens the dialog and uploads the .onnx; the api answers with its tensors. */
async function uploadModel(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByRole('button', { name: /Register a model/ }).click();
  await page.getByLabel('ONNX file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** The dialog's name, task type and provenance, as a test model's registration has them. */
async function describeModel(page: Page, name: string, taskType: string, card: string): Promise<void> {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Version').fill('0.1.0');
  await page.getByLabel('Task types it serves').selectOption(taskType);
  await page.getByLabel('Licence (SPDX id)').fill('Apache-2.0');
  await page.getByLabel('Training data').selectOption('SYNTHETIC');
  await page.getByLabel('Weights').selectOption('HAND_SET');
  await page.getByLabel('Vendor').fill('FrameLedger tests');
  await page.getByLabel('Source').fill('test/browser/models.browser.spec.ts');
  await page.getByLabel('Model card').fill(card);
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

  const card = (name = 'browser-test-dim') => page.getByRole('article').filter({ hasText: name });

  it('lets the admin upload a model, describe it, and register it as pending', async () => {
    await uploadModel(page, 'dim.onnx', dimModel());
    // The api opened the file and read its tensors; the layout is guessed from them.
    await page.getByText(/inputs image float32 \[1, 3, height, width\]/).waitFor();
    expect(await page.getByLabel('Layout').inputValue()).toBe('NCHW');
    // One input takes the frame: nothing to ask about inputs.
    expect(await page.getByLabel('Input that takes the frame').count()).toBe(0);
    await describeModel(
      page,
      'browser-test-dim',
      'GRADE',
      'Dims a frame by 10%. Hand-set; no training data.',
    );
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

  it('registers an image + mask model, asking which input takes the frame and what feeds the mask', async () => {
    await uploadModel(page, 'masked.onnx', maskedModel());
    await page
      .getByText(/inputs image float32 \[1, 3, height, width\]; mask float32 \[1, 1, height, width\]/)
      .waitFor();
    // Guessed from the tensors: the frame to the 3-channel input, the 1-channel one from the alpha.
    expect(await page.getByLabel('Input that takes the frame').inputValue()).toBe('image');
    const maskSource = page.getByLabel('What feeds mask');
    expect(await maskSource.inputValue()).toBe('FRAME_ALPHA');
    await describeModel(
      page,
      'browser-test-masked',
      'PAINT',
      'Keeps the frame where its alpha mask is white.',
    );

    // A frame pair's source for a 1-channel input: the api's sentence shows at that control.
    await maskSource.selectOption({ label: 'The frame before (frame pairs)' });
    await page.getByRole('button', { name: 'Register as pending' }).click();
    const maskField = page.locator('.field').filter({ has: maskSource });
    await maskField
      .locator('.form-error')
      .getByText(/set its source to FRAME_ALPHA/)
      .waitFor();
    expect(await maskSource.getAttribute('aria-invalid')).toBe('true');
    await page
      .getByRole('group', { name: 'Inputs: what feeds each' })
      .evaluate((fieldset) => fieldset.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'admin-register-masked-model');

    await maskSource.selectOption({ label: "The frame's alpha channel (mask)" });
    await maskField.getByText(/carry the mask in their alpha channel/).waitFor();
    await page.getByRole('button', { name: 'Register as pending' }).click();

    const masked = card('browser-test-masked');
    await masked.waitFor();
    await masked.getByText('mask: frame alpha', { exact: true }).waitFor();
    await masked.getByText('Model card, tensors and adapter').click();
    await masked.getByText(/frame into image \(mask: frame alpha\)/).waitFor();
  });

  it('warns, when the approved mask model is run over frames uploaded without alpha, before the job is queued', async () => {
    await card('browser-test-masked').getByRole('button', { name: 'Approve' }).click();
    await card('browser-test-masked').getByText('Approved by', { exact: false }).waitFor();
    await page.getByRole('link', { name: /Renders/ }).click();
    await page.getByRole('button', { name: /Run a model/ }).click();
    const dialog = page.getByRole('dialog');
    const choose = async (label: string, option: RegExp) => {
      const select = dialog.getByLabel(label, { exact: true });
      await select.selectOption((await select.locator('option', { hasText: option }).getAttribute('value'))!);
    };
    await choose('Model', /^browser-test-masked 0\.1\.0/);
    // The demo plates were drawn without alpha.
    await choose('Frame folder', /^DERRUMBE SIGN street plate/);
    await dialog
      .getByTestId('no-alpha')
      .getByText(/the first is frame 1001/)
      .waitFor();
    await dialog.getByLabel('Frame folder').selectOption('');
    expect(await dialog.getByTestId('no-alpha').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('link', { name: /Models/ }).click();
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
