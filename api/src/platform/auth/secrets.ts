import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits as base64url after a prefix that says what the secret is for. */
export const randomSecret = (prefix: string) => prefix + randomBytes(32).toString('base64url');

/**
 * SHA-256, not argon2: these secrets are 256 random bits, so no dictionary or brute force finds
 * one from its hash, and a fast hash lets a request look its secret up by an index
 * (docs/decisions/0019-people-and-tool-tokens.md).
 */
export const secretDigest = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();
