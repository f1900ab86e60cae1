import type { Locator, Page } from 'playwright-core';

/**
 * The job that "Queue the job" just queued, found by the id the page puts in its address: other
 * tests' jobs (or the demo's) may sit above it, and the page selects the first job until its list
 * is read again.
 */
export async function queuedJob(page: Page): Promise<Locator> {
  // The dialog closes as it puts the new job's id in the address, replacing any chosen before.
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.waitForURL((url) => url.searchParams.has('job'));
  const id = new URL(page.url()).searchParams.get('job')!;
  const job = page.locator(`[data-testid="job"][data-job-id="${id}"]`);
  await job.waitFor();
  return job;
}
