import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface TestAccount {
  email: string;
  name: string;
  groups: string[];
}

export interface TestProvider {
  issuer: string;
  /** Changes (or adds) an account at the provider; the next sign-in as `sub` sees it. */
  setAccount(sub: string, account: TestAccount): void;
  stop(): void;
}

/** test/support/oidc-provider.mjs as a child process, with one registered client and these accounts. */
export async function startTestProvider(setup: {
  redirectUri: string;
  clientId: string;
  clientSecret: string;
  accounts: Record<string, TestAccount>;
}): Promise<TestProvider> {
  const { accounts, ...client } = setup;
  const dir = mkdtempSync(join(tmpdir(), 'fl-oidc-'));
  const accountsFile = join(dir, 'accounts.json');
  const now = { ...accounts };
  writeFileSync(accountsFile, JSON.stringify(now));
  const child = spawn(process.execPath, [
    resolve(__dirname, 'oidc-provider.mjs'),
    JSON.stringify({ ...client, accountsFile }),
  ]);
  let output = '';
  const issuer = await new Promise<string>((ok, fail) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /OIDC provider at (\S+)/.exec(output)?.[1];
      if (found) ok(found);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => fail(new Error(`the test OIDC provider exited (${code}): ${output}`)));
  });
  return {
    issuer,
    setAccount: (sub, account) => {
      now[sub] = account;
      writeFileSync(accountsFile, JSON.stringify(now));
    },
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A browser's part of the code flow, by fetch: follows each redirect by hand and keeps cookies per
 * host, as a browser would. At the provider's login page it signs in as `sub`. Returns the URL the
 * flow ended on (the dashboard's /sign-in/sso with the outcome in its fragment).
 */
export async function signInThroughProvider(startUrl: string, sub: string): Promise<URL> {
  const jar = new Map<string, Map<string, string>>();
  let url = new URL(startUrl);
  for (let hop = 0; hop < 20; hop++) {
    if (url.pathname.startsWith('/interaction/')) url.searchParams.set('as', sub);
    const cookies = jar.get(url.host) ?? new Map<string, string>();
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      cookies.set(name.trim(), value.join('='));
    }
    jar.set(url.host, cookies);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`the flow stopped at ${url.href} with ${response.status}: ${await response.text()}`);
    }
    url = new URL(location, url);
    if (url.pathname === '/sign-in/sso') return url;
  }
  throw new Error('the flow did not come back to /sign-in/sso within 20 redirects');
}

/** The outcome the callback put in the fragment: { token } or { error, message }. */
export const outcome = (url: URL) => Object.fromEntries(new URLSearchParams(url.hash.slice(1)));
