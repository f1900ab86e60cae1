import type { Browser, Page } from 'playwright-core';
import { generateDemoFrames } from '../../seeds/frames';
import { queuedJob } from './support/jobs';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';

/**
 * Day one, as the operator: frames from disk become a frame folder, and the text detector runs
 * over them on a task, by the real worker, from the same dialog.
 */
describe('the operator uploads frames and runs a job', () => {
  let browser: Browser;
  let page: Page;
  let frames: { name: string; mimeType: string; buffer: Buffer }[];
  beforeAll(async () => {
    // Three street frames drawn as the demo's SIGN plate is, named as a camera would number them.
    frames = (await generateDemoFrames('street-signs', 3)).map((f, i) => ({
      name: `pampa_sign.${2001 + i}.png`,
      mimeType: 'image/png',
      buffer: f.png,
    }));
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'operator@frameledger.local');
    await page.getByRole('link', { name: /Renders/ }).click();
    await page.getByRole('button', { name: /Run a model/ }).click();
  });
  afterAll(() => browser?.close());
  const dialog = () => page.getByRole('dialog');
  const uploader = () => dialog().getByRole('group', { name: 'Upload frames' });

  it('offers only the tasks the plan gives to AI', async () => {
    // DERRUMBE's grade tasks are all planned for people: the grade model has none to run on.
    const grade = dialog()
      .getByLabel('Model', { exact: true })
      .locator('option', { hasText: 'frameledger-grade-warm' });
    await dialog()
      .getByLabel('Model', { exact: true })
      .selectOption((await grade.getAttribute('value')) ?? '');
    await dialog()
      .getByLabel('Production')
      .selectOption({ label: 'DERRUMBE · Derrumbe (6-episode science-fiction series)' });
    await dialog()
      .getByTestId('tasks-held-back')
      .getByText(/^\d+ Colour grade tasks? (is|are) not offered: planned for people/)
      .waitFor();
    expect(await dialog().getByLabel('Task').locator('option').allTextContents()).toEqual([
      'Choose a Colour grade task',
    ]);
    await screenshot(page, 'operator-human-tasks-held-back');
    await dialog().getByLabel('Model', { exact: true }).selectOption('');
  });

  it('refuses frames with a hole in the numbering, in the api’s words, keeping none', async () => {
    await uploader().getByLabel('Frames').setInputFiles([frames[0], frames[2]]);
    await uploader().getByRole('button', { name: 'Upload 2 frames' }).click();
    await uploader()
      .getByText(/runs 2001 to 2003 but has no frame 2002/)
      .waitFor();
    const folders = await dialog().getByLabel('Frame folder').locator('option').allTextContents();
    expect(folders.some((f) => f.startsWith('pampa_sign'))).toBe(false);
    await screenshot(page, 'operator-upload-refused');
  });

  it('uploads the three frames as a folder and chooses it', async () => {
    await uploader().getByLabel('Frames').setInputFiles(frames);
    await uploader().getByLabel('Folder name').fill('PAMPA street signs');
    await uploader().getByRole('button', { name: 'Upload 3 frames' }).click();
    await uploader()
      .getByText(
        'Uploaded PAMPA street signs: 3 frames 2001–2003, 1920×1080. It is chosen as the frame folder.',
      )
      .waitFor();
    // Chosen once the folder list has been read again with it.
    await dialog()
      .getByLabel('Frame folder')
      .locator('option:checked', { hasText: 'PAMPA street signs: 3 frames 2001–2003, 1920×1080' })
      .waitFor({ state: 'attached' });
    await screenshot(page, 'operator-frames-uploaded');
  });

  it('runs the text detector over the uploaded frames to the last one', async () => {
    await dialog()
      .getByLabel('Model', { exact: true })
      .selectOption({ label: 'paddleocr-ppocrv4-text-detector 4.0.0 (On-screen text localization)' });
    await dialog()
      .getByLabel('Production')
      .selectOption({ label: 'DERRUMBE · Derrumbe (6-episode science-fiction series)' });
    const task = dialog()
      .getByLabel('Task')
      .locator('option', { hasText: /^SIGN010 · / });
    await task.waitFor({ state: 'attached' });
    await dialog()
      .getByLabel('Task')
      .selectOption((await task.getAttribute('value')) ?? '');
    await dialog().getByRole('button', { name: 'Queue the job' }).click();
    await dialog().waitFor({ state: 'detached' });

    const job = await queuedJob(page);
    await page.waitForFunction(
      (id) =>
        document.querySelector(`[data-testid="job"][data-job-id="${id}"]`)?.getAttribute('data-status') ===
        'SUCCEEDED',
      await job.getAttribute('data-job-id'),
      { timeout: 100_000 },
    );
    // Three frames in, three done.
    const bar = job.getByRole('progressbar');
    expect([await bar.getAttribute('aria-valuenow'), await bar.getAttribute('aria-valuemax')]).toEqual([
      '3',
      '3',
    ]);
    // The detector's output is a mask: shown tinted over the plate, or bare when asked.
    const wipe = page.getByTestId('wipe');
    await wipe
      .getByRole('img', { name: /^After: pampa_sign\.2001\.png .*, the mask over the plate$/ })
      .waitFor();
    await screenshot(page, 'operator-uploaded-job-done', true);
    await wipe.getByLabel('Show the mask over the plate').uncheck();
    await wipe
      .getByRole('img', { name: /^After: pampa_sign\.2001\.png \(frame 2001\), 1920×1080$/ })
      .waitFor();
  });
});
