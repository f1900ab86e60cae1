import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';

/** Clicks `button`, waits for the browser's download, and returns its name and bytes. */
export async function downloadBytes(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
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
