import { AuditEvent } from './chain';
import { CryptoCoreError } from './errors';
import { sha256Hex } from './hash';
import { publicKeyPem, SigningKey } from './keys';
import { MerkleTree } from './merkle';
import { eventLeaves, SignedCheckpoint, signDocument } from './signing';

/**
 * The audit export: UTF-8 JSON lines, in this order
 *   1. one header line    {type:'header', format:'frameledger-audit/1', ...}   (signed)
 *   2. event lines        {type:'event', ...AuditEvent, proof?}               (seq ascending)
 *   3. checkpoint lines   {type:'checkpoint', ...SignedCheckpoint, consistency?} (treeSize ascending)
 *   4. cosignature lines  {type:'cosignature', witness..., treeSize, rootHash, at, signature, consistency?}
 *
 * A cosignature is a witness's own signature (its key, not the server's) over a head it checked
 * (see witness-statements.ts). In a filtered export it carries `consistency`: the RFC 6962 proof
 * from the cosigned head to the last checkpoint line, since the events to recompute it are absent.
 *
 * Two scopes, because a filtered export is a subset of the one global chain and cannot be
 * re-chained across its gaps:
 *
 * - 'complete' (no filter): every event from seq 1 to the head. The verifier recomputes every
 *   hash and link, and every checkpoint root from the events themselves.
 *
 * - 'filtered' (productionId, productionIds and/or [from, to)): only matching events, so seq has gaps. Each event
 *   carries `proof`: an RFC 6962 inclusion proof of its hash at leaf seq-1 of the first checkpoint
 *   that covers it. The verifier recomputes the event's hash from its content, then proves that
 *   hash is in a tree the server signed; adjacent seqs are still link-checked. Every checkpoint
 *   after the first carries `consistency`: an RFC 6962 consistency proof from the previous
 *   checkpoint, so the signed trees are shown to be one append-only log. We chose proofs over
 *   redacted stubs because stubs would have to reach back to seq 1 for any root to be recomputed.
 *
 * In both scopes the header is signed and carries eventCount and eventsDigest (sha256 over the
 * exported events' hash strings, concatenated in file order), so a removed, added or reordered
 * event line is caught even where the seq gaps of a filter could hide it. What a signature cannot
 * prove is that the server chose the filter honestly; a complete export settles that.
 *
 * Every exported event must be covered by a checkpoint: sign one at the head before exporting.
 */
export const EXPORT_FORMAT = 'frameledger-audit/1';

export interface ExportFilter {
  productionId: string | null;
  /**
   * Only events of these productions (a reviewer scoped to several productions exports their
   * share). Left out of the header when not set, so files from before it read as they did.
   */
  productionIds?: string[] | null;
  /** Inclusive lower bound on event.at (ISO), or null. */
  from: string | null;
  /** Exclusive upper bound on event.at (ISO), or null. */
  to: string | null;
}

export interface ExportHeaderBody extends ExportFilter {
  type: 'header';
  format: typeof EXPORT_FORMAT;
  scope: 'complete' | 'filtered';
  /** SPKI PEM of the Ed25519 key that signed the header and the checkpoints. */
  publicKey: string;
  keyId: string;
  exportedAt: string;
  eventCount: number;
  eventsDigest: string;
}

export interface ExportHeader extends ExportHeaderBody {
  /** Base64 Ed25519, domain 'frameledger/audit-export/1', over the header without `signature`. */
  signature: string;
}

export interface InclusionProof {
  /** Size of the checkpoint (present in the file) the proof is against. */
  treeSize: number;
  /** Hex hashes, leaf upwards. */
  path: string[];
}

export type ExportEventLine = { type: 'event' } & AuditEvent & { proof?: InclusionProof };

export type ExportCheckpointLine = { type: 'checkpoint' } & SignedCheckpoint & {
    /** Hex RFC 6962 consistency proof from the previous checkpoint line (filtered exports). */
    consistency?: string[];
  };

/** A witness's cosignature of a head, with who the witness is. */
export interface ExportCosignature {
  witnessName: string;
  organisation: string;
  witnessKeyId: string;
  /** SPKI PEM of the witness's key (a verifier pins it with --witness-key rather than trusting this). */
  witnessPublicKey: string;
  treeSize: number;
  rootHash: string;
  at: string;
  signature: string;
}

export type ExportCosignatureLine = { type: 'cosignature'; logKeyId: string } & ExportCosignature & {
    /** Hex RFC 6962 consistency proof from treeSize to the last checkpoint line (filtered exports). */
    consistency?: string[];
  };

export interface ExportInput {
  /** The global chain from seq 1 to the head, in seq order, as stored. */
  chain: readonly AuditEvent[];
  /** Checkpoints signed with `key`, ascending treeSize; the last must cover every exported event. */
  checkpoints: readonly SignedCheckpoint[];
  filter?: Partial<ExportFilter>;
  key: SigningKey;
  exportedAt?: string;
  /** Witness cosignatures of heads up to the last checkpoint. */
  cosignatures?: readonly ExportCosignature[];
}

export function buildAuditExport(input: ExportInput): string {
  const filter: ExportFilter = {
    productionId: input.filter?.productionId ?? null,
    from: input.filter?.from ?? null,
    to: input.filter?.to ?? null,
    ...(input.filter?.productionIds ? { productionIds: [...input.filter.productionIds].sort() } : {}),
  };
  for (const bound of ['from', 'to'] as const) {
    if (filter[bound] !== null && Number.isNaN(Date.parse(filter[bound]))) {
      throw new CryptoCoreError(
        'INVALID_EXPORT_FILTER',
        `The export filter's "${bound}" (${filter[bound]}) is not a date; use an ISO time such as 2024-05-01T00:00:00.000Z.`,
      );
    }
  }
  const scope = isUnfiltered(filter) ? 'complete' : 'filtered';
  const events = input.chain.filter((event) => matchesFilter(event, filter));
  const checkpoints = [...input.checkpoints].sort((a, b) => a.treeSize - b.treeSize);
  const covered = checkpoints.at(-1)?.treeSize ?? 0;
  const lastSeq = events.at(-1)?.seq ?? 0;
  if (lastSeq > covered) {
    throw new CryptoCoreError(
      'EXPORT_NOT_COVERED',
      `Events after seq ${covered} are not covered by a signed checkpoint; sign a checkpoint at the head (seq ${input.chain.length}) before exporting.`,
    );
  }
  const tree = new MerkleTree(eventLeaves(input.chain));
  const body: ExportHeaderBody = {
    type: 'header',
    format: EXPORT_FORMAT,
    scope,
    ...filter,
    publicKey: publicKeyPem(input.key.publicKey),
    keyId: input.key.keyId,
    exportedAt: input.exportedAt ?? new Date().toISOString(),
    eventCount: events.length,
    eventsDigest: eventsDigest(events),
  };
  const header: ExportHeader = {
    ...body,
    signature: signDocument('frameledger/audit-export/1', body, input.key),
  };
  const eventLines = events.map((event): ExportEventLine => {
    const line: ExportEventLine = { type: 'event', ...pickEvent(event) };
    if (scope === 'filtered') {
      const treeSize = checkpoints.find((cp) => cp.treeSize >= event.seq)!.treeSize;
      line.proof = { treeSize, path: hexes(tree.inclusionProof(event.seq - 1, treeSize)) };
    }
    return line;
  });
  const checkpointLines = checkpoints.map((checkpoint, i): ExportCheckpointLine => {
    const line: ExportCheckpointLine = { type: 'checkpoint', ...checkpoint };
    if (scope === 'filtered' && i > 0) {
      line.consistency = hexes(tree.consistencyProof(checkpoints[i - 1].treeSize, checkpoint.treeSize));
    }
    return line;
  });
  const cosignatureLines = (input.cosignatures ?? [])
    .filter((c) => c.treeSize <= covered)
    .map((c): ExportCosignatureLine => {
      const line: ExportCosignatureLine = { type: 'cosignature', logKeyId: input.key.keyId, ...c };
      if (scope === 'filtered') line.consistency = hexes(tree.consistencyProof(c.treeSize, covered));
      return line;
    });
  return (
    [header, ...eventLines, ...checkpointLines, ...cosignatureLines]
      .map((line) => JSON.stringify(line))
      .join('\n') + '\n'
  );
}

export function isUnfiltered(filter: ExportFilter): boolean {
  return filter.productionId === null && !filter.productionIds && filter.from === null && filter.to === null;
}

export function matchesFilter(event: Pick<AuditEvent, 'productionId' | 'at'>, filter: ExportFilter): boolean {
  const at = Date.parse(event.at);
  return (
    (filter.productionId === null || event.productionId === filter.productionId) &&
    (!filter.productionIds ||
      (event.productionId !== null && filter.productionIds.includes(event.productionId))) &&
    (filter.from === null || at >= Date.parse(filter.from)) &&
    (filter.to === null || at < Date.parse(filter.to))
  );
}

export function eventsDigest(events: readonly Pick<AuditEvent, 'hash'>[]): string {
  return sha256Hex(events.map((event) => event.hash).join(''));
}

/** Only the AuditEvent fields, so a database row's extra columns never leak into the file. */
function pickEvent(event: AuditEvent): AuditEvent {
  const { seq, at, actor, action, subjectType, subjectId, productionId, payload, prevHash, hash } = event;
  return { seq, at, actor, action, subjectType, subjectId, productionId, payload, prevHash, hash };
}

function hexes(hashes: Buffer[]): string[] {
  return hashes.map((hash) => hash.toString('hex'));
}
