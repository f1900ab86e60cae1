import { createHash } from 'node:crypto';

export function sha256(...parts: (Uint8Array | string)[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

export function sha256Hex(...parts: (Uint8Array | string)[]): string {
  return sha256(...parts).toString('hex');
}

/** Lower-case hex of exactly `bytes` bytes: the only spelling of a hash this code accepts. */
export function isHex(value: unknown, bytes = 32): value is string {
  return typeof value === 'string' && value.length === bytes * 2 && /^[0-9a-f]*$/.test(value);
}
