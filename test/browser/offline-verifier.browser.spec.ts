import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/browser';
import { downloadBytes, downloadText } from './support/downloads';

describe('the reviewer checks an audit export offline with the downloaded verifier page', () => {
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'frameledger-verifier-'));
  let verifierUrl: string;
  let exportText: string;
  let keyId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await (await newContext(browser)).newPage();
    await signIn(page, 'reviewer@frameledger.local');
    await page.getByRole('link', { name: /Audit/ }).click();
    await page.getByRole('link', { name: 'Log integrity and exports', exact: true }).click();
    await page.getByRole('button', { name: 'Sign a checkpoint now' }).click();
    await page.getByTestId('checkpoint').waitFor();
    keyId = ((await page.getByTestId('checkpoint').locator('dd.code').last().textContent()) ?? '').trim();
    exportText = (await downloadText(page, page.getByRole('button', { name: /Download audit export/ }))).text;
    const verifier = await downloadBytes(page, page.getByRole('link', { name: /offline verifier/ }));
    expect(verifier.name).toBe('frameledger-verifier.html');
    const path = join(dir, verifier.name);
    writeFileSync(path, verifier.bytes);
    verifierUrl = pathToFileURL(path).href;
  });
  afterAll(() => browser?.close());

  /** Opens the saved page from disk, with no server behind it, and checks one file. */
  async function verdict(text: string, name: string): Promise<string> {
    const offline = await (await newContext(browser)).newPage();
    await offline.goto(verifierUrl);
    const file = join(dir, name);
    writeFileSync(file, text);
    await offline.getByLabel('Audit export (.jsonl)').setInputFiles(file);
    await offline.getByLabel('Key id the log must be signed with').fill(keyId);
    await offline.getByRole('button', { name: 'Verify' }).click();
    const result = offline.locator('#result[data-verdict]');
    await result.waitFor();
    await screenshot(offline, `offline-verifier-${name.replace(/\W+/g, '-')}`);
    const text2 = (await result.textContent()) ?? '';
    await offline.close();
    return text2;
  }

  it('says OK for the genuine export, with its events and the pinned key', async () => {
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    const events = exportText.split('\n').filter((l) => l.includes('"type":"event"')).length;
    const result = await verdict(exportText, 'genuine.jsonl');
    expect(result).toContain(`OK: ${events} events`);
    expect(result).toContain(`key ${keyId}`);
  });

  it('says FAILED at the line of an event whose payload was changed', async () => {
    const lines = exportText.split('\n');
    const at = lines.findIndex((l, i) => i > 2 && l.includes('"type":"event"'));
    const changed = lines[at].replace(/"action":"([^"]+)"/, '"action":"$1x"');
    expect(changed).not.toBe(lines[at]);
    lines[at] = changed;
    const result = await verdict(lines.join('\n'), 'tampered.jsonl');
    expect(result).toMatch(new RegExp(`^FAILED at seq \\d+ \\(line ${at + 1}\\)`));
  });

  it('says FAILED at a checkpoint whose signature WebCrypto refuses', async () => {
    const lines = exportText.split('\n');
    const at = lines.findIndex((l) => l.includes('"type":"checkpoint"'));
    // One base64 character of the signature changed: still 64 bytes, no longer the key's signature.
    lines[at] = lines[at].replace(
      /"signature":"(.)/,
      (_, c: string) => `"signature":"${c === 'A' ? 'B' : 'A'}`,
    );
    const result = await verdict(lines.join('\n'), 'resigned.jsonl');
    expect(result).toMatch(new RegExp(`^FAILED at (seq \\d+ \\()?line ${at + 1}\\)?: .*signature`));
  });
});
