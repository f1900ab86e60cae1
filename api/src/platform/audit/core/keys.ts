import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CryptoCoreError } from './errors';
import { sha256Hex } from './hash';

/** The server's Ed25519 key: signs audit checkpoints, export headers and render manifests. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** First 16 hex characters of sha256(raw 32-byte public key). */
  keyId: string;
}

export const PRIVATE_KEY_FILE = 'audit-signing-key.pem';
export const PUBLIC_KEY_FILE = 'audit-signing-key.pub.pem';

/**
 * Reads the key pair from `dataDir`, creating it on first use. Both files are written 0600. The
 * private key is written to a temporary name and hard-linked into place, so when the API and the
 * worker start together exactly one key wins and neither reads a half-written file.
 */
export function loadOrCreateSigningKey(dataDir: string): SigningKey {
  const privatePath = path.join(dataDir, PRIVATE_KEY_FILE);
  if (!fs.existsSync(privatePath)) createKeyFile(dataDir, privatePath);
  let pem: string;
  try {
    pem = fs.readFileSync(privatePath, 'utf8');
  } catch (error) {
    throw unavailable(
      `cannot read ${privatePath} (${(error as Error).message}); check the file's owner and mode`,
    );
  }
  const key = signingKeyFromPem(pem, privatePath);
  const publicPath = path.join(dataDir, PUBLIC_KEY_FILE);
  if (!fs.existsSync(publicPath)) fs.writeFileSync(publicPath, publicKeyPem(key.publicKey), { mode: 0o600 });
  return key;
}

/** A fresh key held only in memory (tests, one-off tooling); servers use loadOrCreateSigningKey. */
export function generateSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

function createKeyFile(dataDir: string, privatePath: string): void {
  const { privateKey } = generateSigningKey();
  const temporary = path.join(dataDir, `.${PRIVATE_KEY_FILE}.${randomUUID()}`);
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    fs.linkSync(temporary, privatePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw unavailable(
        `cannot create ${privatePath} (${(error as Error).message}); make ${dataDir} writable`,
      );
    }
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** A key from configuration: a PKCS#8 PEM Ed25519 private key. `source` names it in errors. */
export function signingKeyFromPem(privateKeyPem: string, source = 'the configured private key'): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privateKeyPem);
  } catch {
    throw unavailable(`${source} is not a PEM private key; restore it from backup rather than replacing it`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw unavailable(`${source} is a ${privateKey.asymmetricKeyType} key; the audit log signs with Ed25519`);
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/**
 * A public key as an export header or a --key file carries it: SPKI PEM, or the raw 32 bytes in
 * base64. Returns null when the text is neither (callers report that in their own terms).
 */
export function publicKeyFromText(text: string): KeyObject | null {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('-----BEGIN')) {
      const key = createPublicKey(trimmed);
      return key.asymmetricKeyType === 'ed25519' ? key : null;
    }
    const raw = Buffer.from(trimmed, 'base64');
    if (raw.length !== 32 || raw.toString('base64') !== trimmed) return null;
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
  } catch {
    return null;
  }
}

export function rawPublicKey(publicKey: KeyObject): Buffer {
  return Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

export function keyIdOf(publicKey: KeyObject): string {
  return sha256Hex(rawPublicKey(publicKey)).slice(0, 16);
}

function unavailable(why: string): CryptoCoreError {
  return new CryptoCoreError('SIGNING_KEY_UNAVAILABLE', `The audit signing key is unavailable: ${why}.`);
}
