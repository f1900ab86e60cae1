import { isHex } from './hash';
import { ExportCheckpointLine, ExportCosignatureLine, ExportEventLine, ExportHeader } from './export-format';

/** A line of an export file that failed to parse, with a 1-based line number and what is wrong. */
export interface LineProblem {
  line?: number;
  seq?: number;
  reason: string;
}

export interface ParsedExport {
  header: ExportHeader;
  events: { line: number; value: ExportEventLine }[];
  checkpoints: { line: number; value: ExportCheckpointLine }[];
  cosignatures: { line: number; value: ExportCosignatureLine }[];
}

/** Each check returns what the value should have been, or null when it is fine. */
type Check = (value: unknown) => string | null;

const string: Check = (v) => (typeof v === 'string' ? null : 'a string');
const nonEmpty: Check = (v) => (typeof v === 'string' && v !== '' ? null : 'a non-empty string');
const stringOrNull: Check = (v) => (v === null || typeof v === 'string' ? null : 'a string or null');
const count: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? null : 'a non-negative integer');
const positive: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 1 ? null : 'a positive integer');
const hex: Check = (v) => (isHex(v) ? null : '64 lower-case hex characters');
const hexList: Check = (v) =>
  Array.isArray(v) && v.every((h) => isHex(h)) ? null : 'an array of 64-character hex hashes';
const idList: Check = (v) =>
  Array.isArray(v) && v.every((id) => typeof id === 'string' && id !== '')
    ? null
    : 'an array of production ids';
const anyJson: Check = (v) => (v === undefined ? 'present' : null);
const oneOf =
  (...allowed: string[]): Check =>
  (v) =>
    allowed.includes(v as string) ? null : allowed.map((a) => JSON.stringify(a)).join(' or ');
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? null : check(v);
const object =
  (shape: Record<string, Check>): Check =>
  (v) =>
    isObject(v) && shapeProblem(v, shape) === null ? null : `an object with ${Object.keys(shape).join(', ')}`;

const HEADER: Record<string, Check> = {
  format: oneOf('frameledger-audit/1'),
  scope: oneOf('complete', 'filtered'),
  productionId: stringOrNull,
  productionIds: optional(idList),
  from: stringOrNull,
  to: stringOrNull,
  publicKey: nonEmpty,
  keyId: nonEmpty,
  exportedAt: string,
  eventCount: count,
  eventsDigest: hex,
  signature: nonEmpty,
};

const EVENT: Record<string, Check> = {
  seq: positive,
  at: string,
  actor: string,
  action: string,
  subjectType: string,
  subjectId: string,
  productionId: stringOrNull,
  payload: anyJson,
  prevHash: hex,
  hash: hex,
  proof: optional(object({ treeSize: positive, path: hexList })),
};

const CHECKPOINT: Record<string, Check> = {
  treeSize: count,
  rootHash: hex,
  at: string,
  keyId: nonEmpty,
  signature: nonEmpty,
  consistency: optional(hexList),
};

const COSIGNATURE: Record<string, Check> = {
  logKeyId: nonEmpty,
  witnessName: string,
  organisation: string,
  witnessKeyId: nonEmpty,
  witnessPublicKey: nonEmpty,
  treeSize: positive,
  rootHash: hex,
  at: string,
  signature: nonEmpty,
  consistency: optional(hexList),
};

type LineType = 'header' | 'event' | 'checkpoint' | 'cosignature';
const SHAPES: Record<LineType, Record<string, Check>> = {
  header: HEADER,
  event: EVENT,
  checkpoint: CHECKPOINT,
  cosignature: COSIGNATURE,
};
/** Line types in the order a file holds them. */
const ORDER: LineType[] = ['header', 'event', 'checkpoint', 'cosignature'];

/** Why a line of this type cannot come after a line of type `last`, or null: the header first and once, then events, checkpoints, cosignatures. */
function orderProblem(type: unknown, last: LineType | null): string | null {
  if (last === null && type !== 'header') {
    return 'the first line must be the header ({"type":"header",...}); is this an audit export?';
  }
  if (typeof type !== 'string' || !Object.hasOwn(SHAPES, type)) {
    return `unknown line type ${JSON.stringify(type)}; expected "header", "event", "checkpoint" or "cosignature"`;
  }
  if (type === 'header' && last !== null)
    return 'a second header line; an export has exactly one, on the first line';
  if (last !== null && ORDER.indexOf(type as LineType) < ORDER.indexOf(last)) {
    return `a${type === 'event' ? 'n' : ''} ${type} line after a ${last} line; the order is header, events, checkpoints, cosignatures`;
  }
  return null;
}

/**
 * Splits and shape-checks an export file without trusting any of it: each line must be JSON, an
 * object, of a known type, in header-events-checkpoints order, with every field present and of
 * the right type. Blank lines are skipped. Returns the first problem, never throws.
 */
export function parseExport(text: string): ParsedExport | LineProblem {
  const lines = text.split('\n');
  let header: ExportHeader | null = null;
  const events: ParsedExport['events'] = [];
  const checkpoints: ParsedExport['checkpoints'] = [];
  const cosignatures: ParsedExport['cosignatures'] = [];
  let last: LineType | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return { line, reason: `not JSON (${preview(raw)}); each line must be one JSON object` };
    }
    if (!isObject(value)) return { line, reason: 'not a JSON object; each line must be one JSON object' };
    const seq = Number.isSafeInteger(value.seq) ? (value.seq as number) : undefined;
    const type = value.type;
    const problem = orderProblem(type, last) ?? shapeProblem(value, SHAPES[type as LineType]);
    if (problem) return { line, seq, reason: problem };
    last = type as LineType;
    if (type === 'header') header = value as unknown as ExportHeader;
    else if (type === 'event') events.push({ line, value: value as unknown as ExportEventLine });
    else if (type === 'checkpoint')
      checkpoints.push({ line, value: value as unknown as ExportCheckpointLine });
    else cosignatures.push({ line, value: value as unknown as ExportCosignatureLine });
  }
  if (header === null) return { reason: 'the file is empty; expected an audit export (JSON lines)' };
  return { header, events, checkpoints, cosignatures };
}

function shapeProblem(value: Record<string, unknown>, shape: Record<string, Check>): string | null {
  for (const [field, check] of Object.entries(shape)) {
    if (value[field] === undefined && check(undefined) !== null) return `missing field "${field}"`;
    const expected = check(value[field]);
    if (expected) return `field "${field}" must be ${expected}`;
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function preview(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}...` : raw);
}
