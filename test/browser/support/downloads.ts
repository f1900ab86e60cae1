import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright-core';

/** Clicks `button`, waits for the browser's download, and returns its name and text. */
export async function downloadText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), text: await readFile(await savedPath(download), 'utf8') };
}

async function savedPath(download: Download): Promise<string> {
  const path = await download.path();
  if (!path)
    throw new Error(
      `The download ${download.suggestedFilename()} did not finish: ${await download.failure()}`,
    );
  return path;
}
