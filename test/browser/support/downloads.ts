import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page, Response } from 'playwright-core';

/** A generated document (a PDF of many uses, say) can take a while on two busy cores. */
const DOWNLOAD_MS = 90_000;

/** A document download from the api: GET /files/<name>.<ext>, unlike a render's /files/<id>. */
const isDocument = (response: Response) =>
  response.request().method() === 'GET' && /^\/files\/.+\.\w+$/.test(new URL(response.url()).pathname);

/**
 * Clicks `button`, waits for the api's answer and then the browser's download, and returns its
 * name and bytes. A refusal or a silent api fails with what the api said, not a bare timeout.
 */
export async function downloadBytes(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const answered = page.waitForResponse(isDocument, { timeout: DOWNLOAD_MS });
  const saved = page.waitForEvent('download', { timeout: DOWNLOAD_MS });
  saved.catch(() => undefined); // awaited below only once the api has answered
  await button.click();
  const answer = await answered.catch((e: Error) => {
    throw new Error(`The api did not answer the download within ${DOWNLOAD_MS / 1000} s: ${e.message}`);
  });
  if (!answer.ok())
    throw new Error(`The api refused ${answer.url()} with ${answer.status()}: ${await answer.text()}`);
  const download = await saved;
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
