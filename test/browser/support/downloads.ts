import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page, Response } from 'playwright-core';

/** A generated document (a PDF of many uses, say) can take a while on two busy cores. */
const DOWNLOAD_MS = 90_000;

/** An api document (GET /files/<name>.<ext>, unlike a render's /files/<id>) that was refused. */
const isRefusedDocument = (response: Response) =>
  !response.ok() &&
  response.request().method() === 'GET' &&
  /^\/files\/.+\.\w+$/.test(new URL(response.url()).pathname);

/**
 * Clicks `button` and returns the name and bytes of the browser's download, whether the page
 * fetched it from the api or made it itself. A refusal by the api fails at once with what the api
 * said, not after a bare wait for a download that will never come.
 */
export async function downloadBytes(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const saved = page.waitForEvent('download', { timeout: DOWNLOAD_MS }).catch((e: Error) => {
    throw new Error(`No download within ${DOWNLOAD_MS / 1000} s of the click: ${e.message}`);
  });
  saved.catch(() => undefined); // a refusal may win the race below; its loser must not go unhandled
  const refused = page.waitForResponse(isRefusedDocument, { timeout: DOWNLOAD_MS }).then(
    async (answer) => {
      throw new Error(`The api refused ${answer.url()} with ${answer.status()}: ${await answer.text()}`);
    },
    () => new Promise<never>(() => undefined), // no refusal: the download decides
  );
  await button.click();
  const download = await Promise.race([saved, refused]);
  return { name: download.suggestedFilename(), bytes: await readFile(await savedPath(download)) };
}

/** The same, as UTF-8 text. */
export async function downloadText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const { name, bytes } = await downloadBytes(page, button);
  return { name, text: bytes.toString('utf8') };
}

async function savedPath(download: Download): Promise<string> {
  const path = await download.path();
  if (!path)
    throw new Error(
      `The download ${download.suggestedFilename()} did not finish: ${await download.failure()}`,
    );
  return path;
}
