import { KeyObject } from 'node:crypto';
import { LineProblem, ParsedExport } from './export-parse';
import { keyIdOf, publicKeyFromText } from './keys';
import { MerkleTree, verifyConsistency } from './merkle';
import { eventLeaves, SignedCheckpoint, verifyCheckpointSignature } from './signing';
import { verifyCosignature } from './witness-statements';

type Failure = LineProblem | null;

const trees = new WeakMap<ParsedExport, MerkleTree>();

/**
 * The Merkle tree over all of a parsed export's events, built once per export: the checkpoint
 * check and every cosignature and --since check read roots of its prefixes from it.
 */
export function eventTree(parsed: ParsedExport): MerkleTree {
  let tree = trees.get(parsed);
  if (!tree) {
    tree = new MerkleTree(eventLeaves(parsed.events.map((e) => e.value)));
    trees.set(parsed, tree);
  }
  return tree;
}

/**
 * Does the exported log extend the head (size, root)? A complete export recomputes the root of
 * its first `size` events; a filtered one needs a proof to its last checkpoint (`proof`), or a
 * checkpoint line of that very size.
 */
function extendsHead(
  parsed: ParsedExport,
  head: { treeSize: number; rootHash: string },
  proof?: string[],
): string | null {
  const last = parsed.checkpoints.at(-1)?.value;
  const size =
    parsed.header.scope === 'complete' ? (parsed.events.at(-1)?.value.seq ?? 0) : (last?.treeSize ?? 0);
  if (head.treeSize > size) {
    return `the export ends at tree size ${size}, before the head of size ${head.treeSize}: events were cut or the log was rolled back`;
  }
  const differs = `the log in this export does not extend the head of size ${head.treeSize}: history at or below it differs`;
  if (parsed.header.scope === 'complete') {
    // The events run seq 1..size without gaps (checked before), so this is the root of 1..treeSize.
    return eventTree(parsed).root(head.treeSize).toString('hex') === head.rootHash ? null : differs;
  }
  const same = parsed.checkpoints.find((c) => c.value.treeSize === head.treeSize)?.value;
  if (same) return same.rootHash === head.rootHash ? null : differs;
  if (!proof || !last) {
    return `this filtered export carries no checkpoint or proof at tree size ${head.treeSize}; verify a complete export instead`;
  }
  const bytes = (hex: string) => Buffer.from(hex, 'hex');
  const ok = verifyConsistency(
    head.treeSize,
    last.treeSize,
    bytes(head.rootHash),
    bytes(last.rootHash),
    proof.map(bytes),
  );
  return ok ? null : differs;
}

/** Every cosignature line is the named witness's signature over a head this export extends. */
export function checkCosignatures(parsed: ParsedExport): Failure {
  for (const { line, value: c } of parsed.cosignatures) {
    const at = (reason: string): Failure => ({
      line,
      reason: `cosignature of tree size ${c.treeSize} by witness ${c.witnessKeyId}: ${reason}`,
    });
    const key = publicKeyFromText(c.witnessPublicKey);
    if (!key || keyIdOf(key) !== c.witnessKeyId)
      return at('its witnessPublicKey is not the key named by witnessKeyId');
    if (c.logKeyId !== parsed.header.keyId)
      return at(`it is about log key ${c.logKeyId}, not this file's ${parsed.header.keyId}`);
    if (!verifyCosignature(c, c.signature, key))
      return at('the signature does not verify: the line was altered');
    const problem = extendsHead(parsed, c, c.consistency);
    if (problem) return at(problem);
  }
  return null;
}

/** Each pinned witness cosigned a head in this export (checked above); its latest is named on success. */
export function checkWitnesses(parsed: ParsedExport, witnessKeys: readonly KeyObject[]): Failure {
  for (const key of witnessKeys) {
    const keyId = keyIdOf(key);
    const mine = parsed.cosignatures.filter(
      ({ value: c }) => c.witnessKeyId === keyId && verifyCosignature(c, c.signature, key),
    );
    if (!mine.length) {
      return {
        line: 1,
        reason: `no cosignature by witness key ${keyId} in this export, so the witness vouches for none of it`,
      };
    }
  }
  return null;
}

/** The reviewer's saved checkpoint (--since): signed by the log's key, and extended by this export. */
export function checkSince(parsed: ParsedExport, since: SignedCheckpoint, logKey: KeyObject): Failure {
  const at = (reason: string): Failure => ({
    reason: `the saved checkpoint of tree size ${since.treeSize}: ${reason}`,
  });
  if (since.keyId !== parsed.header.keyId || !verifyCheckpointSignature(since, logKey)) {
    return at(`it is not signed by this file's key ${parsed.header.keyId}`);
  }
  const problem = extendsHead(parsed, since);
  return problem ? at(problem) : null;
}
