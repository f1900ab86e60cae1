import { createHash } from 'node:crypto';

/**
 * A stable id for a demo row, derived from what the row is ("shot:DERRUMBE:COL040"), so every
 * seeded database has the same ids and rows can be inserted without a round trip for each id.
 */
export function demoId(key: string): string {
  const hex = createHash('sha256').update(`frameledger-demo:${key}`).digest('hex');
  // Shaped as a version 4, variant 1 UUID so every UUID parser accepts it.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
