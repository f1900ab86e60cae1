import { canonicalJson, JsonValue } from './canonical-json';
import { CryptoCoreError } from './errors';
import { isHex, sha256Hex } from './hash';

/** prevHash of the first event (seq 1): 64 zeros. */
export const GENESIS_PREV_HASH = '0'.repeat(64);

/** The fields a caller supplies; seq, prevHash and hash are the chain's to assign. */
export interface AuditEventFields {
  /** ISO 8601 UTC with milliseconds, exactly as Date.prototype.toISOString() writes it. */
  at: string;
  /** A user id or email, or 'system'. */
  actor: string;
  /** Dotted verb, e.g. 'production.create', 'inference.job.succeeded', 'auth.sign_in'. */
  action: string;
  subjectType: string;
  subjectId: string;
  productionId: string | null;
  /** Plain JSON (before/after and the like); Dates must already be strings. */
  payload: JsonValue;
}

export interface AuditEvent extends AuditEventFields {
  /** 1-based position in the one global chain. */
  seq: number;
  /** Lower-case hex sha256; GENESIS_PREV_HASH for seq 1. */
  prevHash: string;
  hash: string;
}

/** The exact fields that are hashed, in the order documented; anything else on the object is ignored. */
export const HASHED_FIELDS = [
  'seq',
  'at',
  'actor',
  'action',
  'subjectType',
  'subjectId',
  'productionId',
  'payload',
  'prevHash',
] as const;

const ISO_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * hash = lower-case hex sha256 over the UTF-8 bytes of
 *   prevHash (64 hex chars) + canonicalJson({seq, at, actor, action, subjectType, subjectId,
 *                                            productionId, payload, prevHash})
 * i.e. the event without `hash`, restricted to HASHED_FIELDS (a database id or any other extra
 * property never changes the hash). prevHash is both the prefix and inside the JSON, so the link
 * to the previous event is explicit and the JSON alone still names its predecessor.
 */
export function computeEventHash(event: Omit<AuditEvent, 'hash'>): string {
  const hashed: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS) hashed[field] = event[field];
  return sha256Hex(event.prevHash, canonicalJson(hashed));
}

/**
 * The hash preimage of an event with its two chain-assigned fields left open:
 *   computeEventHash input = prevHash + head + prevHash + mid + String(seq) + tail
 * so whoever holds the chain's head (the database, in one statement under the chain lock) can
 * finish the hash without knowing canonical JSON. Keys sort as canonicalJson sorts them, and
 * "prevHash" sorts before "seq", which fixes the order of the two holes.
 */
export interface EventHashTemplate {
  head: string;
  mid: string;
  tail: string;
}

export function eventHashTemplate(fields: AuditEventFields): EventHashTemplate {
  const problem = fieldProblem(fields);
  if (problem) throw new CryptoCoreError('INVALID_AUDIT_EVENT', `Cannot append the audit event: ${problem}.`);
  const parts: string[] = [];
  let text = '{';
  [...HASHED_FIELDS].sort().forEach((key, i) => {
    text += `${i ? ',' : ''}${JSON.stringify(key)}:`;
    if (key === 'prevHash') {
      parts.push(`${text}"`);
      text = '"';
    } else if (key === 'seq') {
      parts.push(text);
      text = '';
    } else text += canonicalJson(fields[key]);
  });
  const [head, mid] = parts;
  return { head, mid, tail: `${text}}` };
}

/** The event that follows `prev` (or the first event when prev is null), with its hash. */
export function nextEvent(prev: AuditEvent | null, fields: AuditEventFields): AuditEvent {
  const problem = fieldProblem(fields);
  if (problem) throw new CryptoCoreError('INVALID_AUDIT_EVENT', `Cannot append the audit event: ${problem}.`);
  const event = {
    seq: prev ? prev.seq + 1 : 1,
    at: fields.at,
    actor: fields.actor,
    action: fields.action,
    subjectType: fields.subjectType,
    subjectId: fields.subjectId,
    productionId: fields.productionId,
    payload: fields.payload,
    prevHash: prev ? prev.hash : GENESIS_PREV_HASH,
  };
  return { ...event, hash: computeEventHash(event) };
}

/**
 * What is wrong with an event's fields, or null. Shared by nextEvent (refuse to write) and the
 * verifier (report what was read), so both hold events to the same shape.
 */
export function fieldProblem(fields: Partial<Record<keyof AuditEventFields, unknown>>): string | null {
  if (typeof fields.at !== 'string' || !ISO_MILLIS.test(fields.at) || Number.isNaN(Date.parse(fields.at))) {
    return 'at must be an ISO time such as 2024-05-01T12:00:00.000Z (use Date.toISOString())';
  }
  for (const name of ['actor', 'action', 'subjectType', 'subjectId'] as const) {
    if (typeof fields[name] !== 'string' || fields[name] === '') return `${name} must be a non-empty string`;
  }
  if (fields.productionId !== null && typeof fields.productionId !== 'string') {
    return 'productionId must be a string or null';
  }
  if (fields.payload === undefined) return 'payload is required (use null or {} for none)';
  try {
    canonicalJson(fields.payload);
  } catch (error) {
    return `payload is not plain JSON (${(error as Error).message})`;
  }
  return null;
}

export interface ChainFailure {
  /** Index into the array that was checked. */
  index: number;
  seq: number;
  reason: string;
}

/**
 * Checks a contiguous run of events: seq goes up by one, each prevHash is the previous hash (or
 * GENESIS_PREV_HASH at seq 1), and each hash is what computeEventHash gives. A run that starts
 * after seq 1 trusts its first prevHash; anchoring that is the caller's job (a Merkle proof).
 * Returns the first failure, or null when the run is intact.
 */
export function verifyChain(events: readonly AuditEvent[]): ChainFailure | null {
  for (let index = 0; index < events.length; index++) {
    const reason = linkProblem(events[index], index === 0 ? null : events[index - 1]);
    if (reason) return { index, seq: events[index].seq, reason };
  }
  return null;
}

/** Why `event` does not follow `prev` (null: the first of the run), or null when it does. */
export function linkProblem(event: AuditEvent, prev: AuditEvent | null): string | null {
  if (!Number.isSafeInteger(event.seq) || event.seq < 1) return `seq ${event.seq} is not a positive integer`;
  if (prev && event.seq !== prev.seq + 1) {
    return event.seq > prev.seq + 1
      ? `seq ${prev.seq + 1} is missing: seq ${event.seq} follows seq ${prev.seq}`
      : `seq ${event.seq} is out of order: it follows seq ${prev.seq}`;
  }
  const expectedPrev = prev ? prev.hash : event.seq === 1 ? GENESIS_PREV_HASH : null;
  if (expectedPrev !== null && event.prevHash !== expectedPrev) {
    return prev
      ? `prevHash does not match the hash of seq ${prev.seq}`
      : 'prevHash of seq 1 must be 64 zeros';
  }
  if (!isHex(event.prevHash)) return 'prevHash is not 64 lower-case hex characters';
  if (computeEventHash(event) !== event.hash) {
    return 'hash does not match the event content (the event was altered after it was written)';
  }
  return null;
}
