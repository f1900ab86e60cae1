/**
 * Node's Buffer for the audit core, installed before any of its modules load (merkle.ts makes
 * Buffers at load time). The polyfill lacks base64url, which keys.ts reads public keys in.
 */
import { Buffer } from 'buffer';

const from = Buffer.from.bind(Buffer) as (value: unknown, encoding?: unknown, length?: unknown) => Buffer;
Buffer.from = ((value: unknown, encoding?: unknown, length?: unknown) =>
  encoding === 'base64url'
    ? from(String(value).replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    : from(value, encoding, length)) as typeof Buffer.from;
const toString = Buffer.prototype.toString;
Buffer.prototype.toString = function (this: Buffer, encoding?: string, start?: number, end?: number) {
  return encoding === 'base64url'
    ? toString.call(this, 'base64', start, end).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    : toString.call(this, encoding as BufferEncoding, start, end);
};
(globalThis as { Buffer?: typeof Buffer }).Buffer = Buffer;
