/**
 * The few node:crypto calls the audit verifier makes (api/src/platform/audit/core), for a browser
 * with no Node: SHA-256 from @noble/hashes (the verifier hashes synchronously), Ed25519 public
 * keys from SPKI PEM or JWK, and signature checks that are only *recorded* here; verify.ts checks
 * them afterwards with WebCrypto and re-runs the verifier with a failed one refused, so the
 * report names the line exactly as `npm run audit:verify` would.
 */
import { sha256 } from '@noble/hashes/sha2';

const SPKI_ED25519_PREFIX = '302a300506032b6570032100';

const b64ToBytes = (b64: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(b64.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const bytesToB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export class KeyObject {
  readonly asymmetricKeyType = 'ed25519';
  constructor(readonly raw: Uint8Array<ArrayBuffer>) {}

  export(options: { format: string; type?: string }): { x: string } | string {
    if (options.format === 'jwk') return { x: bytesToB64(this.raw).replace(/=+$/, '') };
    const der = bytesToB64(Uint8Array.from([...hexToBytes(SPKI_ED25519_PREFIX), ...this.raw]));
    return `-----BEGIN PUBLIC KEY-----\n${der}\n-----END PUBLIC KEY-----\n`;
  }
}

function hexToBytes(text: string): Uint8Array {
  return Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16));
}

export function createPublicKey(
  input: string | { key: { kty: string; crv: string; x: string }; format: 'jwk' },
): KeyObject {
  if (typeof input !== 'string') {
    if (input.key.kty !== 'OKP' || input.key.crv !== 'Ed25519') throw new Error('not an Ed25519 key');
    return new KeyObject(b64ToBytes(input.key.x));
  }
  const der = b64ToBytes(input.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''));
  if (der.length !== 44 || hex(der.subarray(0, 12)) !== SPKI_ED25519_PREFIX) {
    throw new Error('not an Ed25519 SPKI public key');
  }
  return new KeyObject(der.slice(12));
}

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`${algorithm} is not available offline`);
  const parts: Uint8Array[] = [];
  const encoder = new TextEncoder();
  return {
    update(part: Uint8Array | string) {
      parts.push(typeof part === 'string' ? encoder.encode(part) : part);
      return this;
    },
    digest() {
      const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        all.set(p, at);
        at += p.length;
      }
      return Buffer.from(sha256(all));
    },
  };
}

/** A signature the verifier asked about: checked afterwards with WebCrypto. */
export interface SignatureCheck {
  key: Uint8Array<ArrayBuffer>;
  data: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
}

const seen: SignatureCheck[] = [];
let refused: SignatureCheck | null = null;
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Starts a run of the verifier: records every signature it asks about, refusing only `refuse`. */
export function startRun(refuse: SignatureCheck | null = null): SignatureCheck[] {
  seen.length = 0;
  refused = refuse;
  return seen;
}

export function verify(_algorithm: null, data: Uint8Array, key: KeyObject, signature: Uint8Array): boolean {
  const check = { key: key.raw, data: Uint8Array.from(data), signature: Uint8Array.from(signature) };
  seen.push(check);
  return !(
    refused &&
    same(refused.key, check.key) &&
    same(refused.data, check.data) &&
    same(refused.signature, check.signature)
  );
}

const offline = (name: string) => () => {
  throw new Error(`${name} is not part of the offline verifier`);
};
export const sign = offline('sign');
export const createPrivateKey = offline('createPrivateKey');
export const generateKeyPairSync = offline('generateKeyPairSync');
export const randomUUID = offline('randomUUID');
