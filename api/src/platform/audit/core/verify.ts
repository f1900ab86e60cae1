import { KeyObject } from 'node:crypto';
import { computeEventHash, linkProblem } from './chain';
import {
  ExportCheckpointLine,
  ExportEventLine,
  eventsDigest,
  isUnfiltered,
  matchesFilter,
} from './export-format';
import { LineProblem, ParsedExport, parseExport } from './export-parse';
import { keyIdOf, publicKeyFromText } from './keys';
import { MerkleTree, verifyConsistency, verifyInclusion } from './merkle';
import { SignedCheckpoint, verifyCheckpointSignature, verifyDocument } from './signing';
import { checkCosignatures, checkSince, checkWitnesses, eventTree } from './verify-witness';

export interface VerifyOptions {
  /** The key the file must be signed with (from --key); a file signed by any other key fails. */
  publicKey?: KeyObject;
  /** Or just its keyId (from --key-id). */
  keyId?: string;
  /** Witness keys (from --witness-key): each must have cosigned a head this export extends. */
  witnessKeys?: KeyObject[];
  /** A checkpoint the reviewer saved earlier (--since): the export must extend it. */
  since?: SignedCheckpoint;
}

export type VerifyResult =
  | {
      ok: true;
      events: number;
      checkpoints: number;
      cosignatures: number;
      keyId: string;
      method: string;
      /** False when no key was pinned: the signatures then only agree with the key the file names. */
      pinned: boolean;
      witnesses: number;
      since?: number;
    }
  | ({ ok: false } & LineProblem);

type Failure = LineProblem | null;

/**
 * The offline verifier: no database, no network, never throws on what it reads. Checks, in this
 * order, so that the most specific failure is the one reported:
 *   1. every line parses and has the right shape (export-parse.ts);
 *   2. the header's key is the pinned one (if any), its keyId matches its key, its signature holds;
 *   3. each event's hash is recomputed from its content and linked to its predecessor, and in a
 *      filtered export matches the header's filter;
 *   4. each checkpoint is signed by the header's key and its root is recomputed from the events
 *      (complete export) or linked to the previous one by a consistency proof (filtered export);
 *   5. each event is covered by a checkpoint (complete) or proven in one (filtered);
 *   6. the header's eventCount and eventsDigest match the event lines.
 */
export function verifyAuditExport(text: string, options: VerifyOptions = {}): VerifyResult {
  const parsed = parseExport(text);
  if (!('header' in parsed)) return { ok: false, ...parsed };
  const key = publicKeyFromText(parsed.header.publicKey);
  if (!key) {
    return {
      ok: false,
      line: 1,
      reason: "the header's publicKey is neither an Ed25519 SPKI PEM nor 32 raw bytes in base64",
    };
  }
  const failure =
    checkHeader(parsed, key, options) ??
    checkEvents(parsed) ??
    checkCheckpoints(parsed, key) ??
    checkCoverage(parsed) ??
    checkSeal(parsed) ??
    checkCosignatures(parsed) ??
    checkWitnesses(parsed, options.witnessKeys ?? []) ??
    (options.since ? checkSince(parsed, options.since, options.publicKey ?? key) : null);
  if (failure) return { ok: false, ...failure };
  return {
    ok: true,
    events: parsed.events.length,
    checkpoints: parsed.checkpoints.length,
    cosignatures: parsed.cosignatures.length,
    keyId: parsed.header.keyId,
    method: describeMethod(parsed),
    pinned: options.publicKey !== undefined || options.keyId !== undefined,
    witnesses: options.witnessKeys?.length ?? 0,
    since: options.since?.treeSize,
  };
}

function checkHeader({ header }: ParsedExport, key: KeyObject, options: VerifyOptions): Failure {
  const at = (reason: string): Failure => ({ line: 1, reason });
  if (keyIdOf(key) !== header.keyId)
    return at(`the header's keyId ${header.keyId} is not the id of its publicKey`);
  const expected = options.publicKey ? keyIdOf(options.publicKey) : options.keyId;
  if (expected !== undefined && expected !== header.keyId) {
    return at(
      `the file is signed by key ${header.keyId}, not the expected key ${expected}: it was not exported by this server`,
    );
  }
  if ((header.scope === 'complete') !== isUnfiltered(header)) {
    return at(`scope "${header.scope}" contradicts the filter (productionId, productionIds, from, to)`);
  }
  const { signature, ...body } = header;
  if (!verifyDocument('frameledger/audit-export/1', body, signature, key)) {
    return at('the header signature does not verify against its publicKey: the header was altered');
  }
  return null;
}

function checkEvents({ header, events }: ParsedExport): Failure {
  const complete = header.scope === 'complete';
  for (let i = 0; i < events.length; i++) {
    const { line, value: event } = events[i];
    const prev = i > 0 ? events[i - 1].value : null;
    const at = (reason: string): Failure => ({ line, seq: event.seq, reason });
    if (complete && !prev && event.seq !== 1)
      return at(`a complete export starts at seq 1, this one at seq ${event.seq}`);
    if (!complete && prev && event.seq <= prev.seq)
      return at(`seq ${event.seq} is out of order: it follows seq ${prev.seq}`);
    // In a filtered export a gap is an event outside the filter, so only adjacent seqs are linked.
    const linked = complete || (prev !== null && event.seq === prev.seq + 1) ? prev : null;
    const problem = linkProblem(event, linked);
    if (problem) return at(problem);
    if (!complete && !matchesFilter(event, header))
      return at('the event is outside the filter the header declares');
  }
  return null;
}

function checkCheckpoints(parsed: ParsedExport, key: KeyObject): Failure {
  const { header, checkpoints } = parsed;
  const complete = header.scope === 'complete';
  const tree = complete ? eventTree(parsed) : null;
  for (let i = 0; i < checkpoints.length; i++) {
    const { line, value: checkpoint } = checkpoints[i];
    const prev = i > 0 ? checkpoints[i - 1].value : null;
    const at = (reason: string, seq?: number): Failure => ({ line, seq, reason });
    if (prev && checkpoint.treeSize <= prev.treeSize) {
      return at(`checkpoints must grow: size ${checkpoint.treeSize} follows size ${prev.treeSize}`);
    }
    if (checkpoint.keyId !== header.keyId) {
      return at(
        `checkpoint at size ${checkpoint.treeSize} names key ${checkpoint.keyId}, but the file's key is ${header.keyId}`,
      );
    }
    if (!verifyCheckpointSignature(checkpoint, key)) {
      return at(
        `checkpoint at size ${checkpoint.treeSize} has a signature that does not verify: its size, root or time was altered, or another key signed it`,
      );
    }
    const problem = tree ? rootProblem(checkpoint, tree) : consistencyProblem(checkpoint, prev);
    if (problem) return at(problem.reason, problem.seq);
  }
  return null;
}

function rootProblem(
  checkpoint: ExportCheckpointLine,
  tree: MerkleTree,
): { seq: number; reason: string } | null {
  if (checkpoint.treeSize > tree.size) {
    return {
      seq: tree.size + 1,
      reason: `a checkpoint covers events up to seq ${checkpoint.treeSize} but the export ends at seq ${tree.size}: events were cut from the end`,
    };
  }
  if (tree.root(checkpoint.treeSize).toString('hex') !== checkpoint.rootHash) {
    return {
      seq: checkpoint.treeSize,
      reason: `the signed root for seq 1..${checkpoint.treeSize} does not match the events: an event in that range is not the one that was signed`,
    };
  }
  return null;
}

function consistencyProblem(
  checkpoint: ExportCheckpointLine,
  prev: ExportCheckpointLine | null,
): { seq?: number; reason: string } | null {
  if (!prev) return null;
  if (!checkpoint.consistency) {
    return {
      reason: `checkpoint at size ${checkpoint.treeSize} lacks the consistency proof from size ${prev.treeSize}`,
    };
  }
  const proof = checkpoint.consistency.map((h) => Buffer.from(h, 'hex'));
  const [oldRoot, newRoot] = [Buffer.from(prev.rootHash, 'hex'), Buffer.from(checkpoint.rootHash, 'hex')];
  if (!verifyConsistency(prev.treeSize, checkpoint.treeSize, oldRoot, newRoot, proof)) {
    return {
      reason: `the log signed at size ${checkpoint.treeSize} does not extend the log signed at size ${prev.treeSize}: history was rewritten between them`,
    };
  }
  return null;
}

function checkCoverage({ header, events, checkpoints }: ParsedExport): Failure {
  const roots = new Map(checkpoints.map(({ value }) => [value.treeSize, value.rootHash]));
  const covered = checkpoints.at(-1)?.value.treeSize ?? 0;
  for (const { line, value: event } of events) {
    const at = (reason: string): Failure => ({ line, seq: event.seq, reason });
    if (header.scope === 'complete') {
      if (event.seq > covered)
        return at(
          `seq ${event.seq} is not covered by any signed checkpoint: the checkpoint covering it was removed`,
        );
      continue;
    }
    const problem = inclusionProblem(event, roots);
    if (problem) return at(problem);
  }
  return null;
}

function inclusionProblem(event: ExportEventLine, roots: Map<number, string>): string | null {
  if (!event.proof) return 'a filtered export must carry an inclusion proof for every event';
  const root = roots.get(event.proof.treeSize);
  if (root === undefined)
    return `the inclusion proof refers to a checkpoint of size ${event.proof.treeSize} that is not in the file`;
  const proof = event.proof.path.map((h) => Buffer.from(h, 'hex'));
  const leaf = Buffer.from(computeEventHash(event), 'hex');
  if (!verifyInclusion(event.seq - 1, event.proof.treeSize, leaf, proof, Buffer.from(root, 'hex'))) {
    return `the event is not in the log signed at size ${event.proof.treeSize}: it is not the event that was recorded`;
  }
  return null;
}

function checkSeal({ header, events }: ParsedExport): Failure {
  if (header.eventCount !== events.length) {
    return {
      line: 1,
      reason: `the header seals ${header.eventCount} events but the file has ${events.length}: event lines were removed or added`,
    };
  }
  if (header.eventsDigest !== eventsDigest(events.map((e) => e.value))) {
    return {
      line: 1,
      reason: 'the events differ from the ones the header seals: an event line was replaced or reordered',
    };
  }
  return null;
}

function describeMethod({ header, events }: ParsedExport): string {
  if (header.scope === 'complete') {
    const last = events.at(-1)?.value.seq ?? 0;
    return `complete export of seq 1..${last}: every event hash and link recomputed, every checkpoint root recomputed from the events (RFC 6962)`;
  }
  const filter = [
    header.productionId !== null ? `production ${header.productionId}` : null,
    header.productionIds ? `productions ${header.productionIds.join(', ')}` : null,
    header.from !== null ? `from ${header.from}` : null,
    header.to !== null ? `before ${header.to}` : null,
  ].filter((part) => part !== null);
  return (
    `filtered export (${filter.join(', ')}): seq gaps are events outside the filter; each event hash recomputed and proven ` +
    'by an RFC 6962 inclusion proof in a signed checkpoint, checkpoints linked by consistency proofs; ' +
    'the set of events is sealed by the header signature'
  );
}

/**
 * The verifier's verdict: how it checked, then OK (a pinned key), SELF-CONSISTENT (no key pinned:
 * a file re-signed end to end with another key would read the same) or FAILED, where the event
 * seq, tree size or line is named.
 */
export function formatVerifyResult(result: VerifyResult): string {
  if (result.ok) {
    const counts = `${result.events} events, ${result.checkpoints} checkpoints, ${result.cosignatures} cosignatures, key ${result.keyId}`;
    const extra = [
      result.witnesses ? `cosigned by all ${result.witnesses} pinned witness keys` : null,
      result.since !== undefined ? `extends the saved checkpoint of tree size ${result.since}` : null,
    ].filter((part) => part !== null);
    const tail = extra.length ? `; ${extra.join('; ')}` : '';
    return result.pinned
      ? `method: ${result.method}\nOK: ${counts}${tail}`
      : `method: ${result.method}\nSELF-CONSISTENT ONLY: ${counts}${tail}. No key was pinned, so the signatures only agree with the key the file names; pass --key audit-signing-key.pub.pem (or --key-id) to check who signed it.`;
  }
  const where =
    result.seq !== undefined && result.line !== undefined
      ? ` at seq ${result.seq} (line ${result.line})`
      : result.line !== undefined
        ? ` at line ${result.line}`
        : result.seq !== undefined
          ? ` at seq ${result.seq}`
          : '';
  return `FAILED${where}: ${result.reason}`;
}
