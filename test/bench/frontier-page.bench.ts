/**
 * How long the labour-optimal plan page takes on the demo's largest productions: from clicking the
 * tab to the chart and the list of plans drawn, and from clicking a plan in the list to it showing
 * as selected; the floor, in the same run, is the production page itself drawn from a click on its
 * link (the same browser, server and round trips, without the plan). The plan tab is clicked once
 * the production page has settled, so its breakdown's loading is not counted against the plan.
 * Starts the built server of FRONTIER_BENCH_ROOT (default: this repository; `npm run build`
 * first) on a fresh data dir with the demo, drives Debian's Chromium, prints one JSON line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = resolve(process.env.FRONTIER_BENCH_ROOT ?? join(__dirname, '../..'));
const PRODUCTIONS = (process.env.FRONTIER_BENCH_PRODUCTIONS ?? 'DERRUMBE,LUMEN,HOLLOWAY').split(',');
const PORT = Number(process.env.FRONTIER_BENCH_PORT ?? 3917);
const LIMIT_MS = 240_000;

async function ready(url: string): Promise<void> {
  const deadline = Date.now() + LIMIT_MS;
  while (Date.now() < deadline) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} was not ready within ${LIMIT_MS / 1000} s`);
}

async function measure(page: Page, code: string) {
  await page.goto('/productions');
  const floorStart = Date.now();
  await page.getByRole('link', { name: code }).click();
  await page.getByRole('link', { name: 'Breakdown', exact: true }).waitFor();
  const floorMs = Date.now() - floorStart;
  // The production page goes on loading its breakdown after the tabs show; the plan tab is
  // clicked once it has settled (no request for 500 ms), so loadMs is the plan page's own.
  await page.waitForLoadState('networkidle');
  const opened = Date.now();
  await page.getByRole('link', { name: 'Labour-optimal plan', exact: true }).click();
  const plans = page.getByRole('region', { name: 'All plans' }).getByRole('button');
  await plans.first().waitFor({ timeout: LIMIT_MS });
  await page.locator('.recharts-scatter-symbol').first().waitFor({ timeout: LIMIT_MS });
  const loadMs = Date.now() - opened;
  const points = await plans.count();
  const target = plans.nth(Math.floor(points / 3));
  const clicked = Date.now();
  await target.click({ timeout: LIMIT_MS });
  // The clicked plan shows as pressed (the list keeps one plan pressed at a time).
  await target.and(page.getByRole('button', { pressed: true })).waitFor({ timeout: LIMIT_MS });
  return { points, loadMs, selectMs: Date.now() - clicked, floorMs };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'frameledger-frontier-bench-'));
  const server = spawn(process.execPath, [join(ROOT, 'api/dist/api/src/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(PORT),
      FRAMELEDGER_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      FRAMELEDGER_START_WORKER: 'false',
    },
    stdio: 'ignore',
  });
  const url = `http://localhost:${PORT}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    await ready(url);
    const page = await (
      await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 860 } })
    ).newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('planner@frameledger.local');
    await page.getByLabel('Password').fill('frameledger');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    const results: Record<string, unknown> = {};
    for (const code of PRODUCTIONS) results[code] = await measure(page, code);
    console.log(JSON.stringify({ bench: 'frontier-page', root: ROOT, ...results }));
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
