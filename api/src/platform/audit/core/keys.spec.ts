import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  keyIdOf,
  loadOrCreateSigningKey,
  PRIVATE_KEY_FILE,
  PUBLIC_KEY_FILE,
  publicKeyFromText,
  publicKeyPem,
  rawPublicKey,
  signingKeyFromPem,
} from './keys';
import { sha256Hex } from './hash';

describe('audit signing keys', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-keys-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates an Ed25519 key pair on first use, 0600, and loads the same key afterwards', () => {
    const created = loadOrCreateSigningKey(path.join(dir, 'nested'));
    const loaded = loadOrCreateSigningKey(path.join(dir, 'nested'));
    expect(loaded.keyId).toBe(created.keyId);
    for (const file of [PRIVATE_KEY_FILE, PUBLIC_KEY_FILE]) {
      expect(fs.statSync(path.join(dir, 'nested', file)).mode & 0o777).toBe(0o600);
    }
    expect(fs.readdirSync(path.join(dir, 'nested')).sort()).toEqual(
      [PRIVATE_KEY_FILE, PUBLIC_KEY_FILE].sort(),
    );
  });

  it('derives keyId as the first 16 hex of sha256 over the raw public key', () => {
    const key = loadOrCreateSigningKey(dir);
    expect(rawPublicKey(key.publicKey)).toHaveLength(32);
    expect(key.keyId).toBe(sha256Hex(rawPublicKey(key.publicKey)).slice(0, 16));
  });

  it('takes a key from configured PEM text', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const key = signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a key file that is not Ed25519, saying to restore it rather than replace it', () => {
    fs.writeFileSync(path.join(dir, PRIVATE_KEY_FILE), 'garbage');
    expect(() => loadOrCreateSigningKey(dir)).toThrow(
      expect.objectContaining({ code: 'SIGNING_KEY_UNAVAILABLE' }),
    );
    expect(() => loadOrCreateSigningKey(dir)).toThrow('restore it from backup');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => signingKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(
      'is a ec key; the audit log signs with Ed25519',
    );
  });

  it('reads a public key as SPKI PEM or raw base64, and nothing else', () => {
    const key = loadOrCreateSigningKey(dir);
    expect(keyIdOf(publicKeyFromText(publicKeyPem(key.publicKey))!)).toBe(key.keyId);
    expect(keyIdOf(publicKeyFromText(rawPublicKey(key.publicKey).toString('base64'))!)).toBe(key.keyId);
    expect(publicKeyFromText('not a key')).toBeNull();
    expect(publicKeyFromText(Buffer.alloc(31).toString('base64'))).toBeNull();
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(publicKeyFromText(rsa.export({ type: 'spki', format: 'pem' }).toString())).toBeNull();
  });
});
