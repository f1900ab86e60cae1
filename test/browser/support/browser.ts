import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

export const DEMO_PASSWORD = 'frameledger';
const OUTPUT_DIR = resolve(__dirname, '../../output');

/** The server global-setup started. */
export function serverUrl(): string {
  const url = process.env.FL_BROWSER_URL;
  if (!url) throw new Error('FL_BROWSER_URL is unset: run the browser tests with `npm run test:browser`.');
  return url;
}

/** Debian's Chromium, headless, with nothing that phones home or needs a GPU. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh context (no stored token) at a laptop width unless told otherwise. */
export function newContext(
  browser: Browser,
  viewport = { width: 1280, height: 860 },
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: serverUrl(), viewport, locale: 'en-US', acceptDownloads: true });
}

/** Signs in through the form, as a person would, and waits for the app shell. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
}

/** Saves what the viewport shows (or the whole page) as test/output/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * Follows a page's requests from now on; `quiet()` waits until none has been in flight for
 * `ms`, so a test can tell what a click asks of the server from what the page was still loading.
 * A request that stays open (a stream) keeps it waiting: use it on pages without one.
 */
export function trackRequests(page: Page): { quiet(ms?: number): Promise<void> } {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const settled = (r: Request) => {
    inFlight.delete(r);
    lastChange = Date.now();
  };
  page.on('request', (r) => {
    inFlight.add(r);
    lastChange = Date.now();
  });
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return {
    async quiet(ms = 500) {
      while (inFlight.size > 0 || Date.now() - lastChange < ms)
        await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}
