import { KeyObject, sign, verify } from 'node:crypto';
import { AuditEvent } from './chain';
import { canonicalJson } from './canonical-json';
import { SigningKey } from './keys';
import { MerkleTree } from './merkle';

/**
 * The server's key signs the first four kinds of document, a witness's key the last three. Each signature covers `domain + "\n" + canonicalJson(doc)`,
 * so a signature lifted from one kind can never verify as another.
 */
export type SignatureDomain =
  | 'frameledger/checkpoint/1'
  | 'frameledger/audit-export/1'
  | 'frameledger/render-manifest/1'
  | 'frameledger/disclosure-statement/1'
  | 'frameledger/cosignature/1'
  | 'frameledger/witness-refusal/1'
  | 'frameledger/witness-login/1';

/** Base64 Ed25519 signature over the domain-tagged canonical JSON of `document`. */
export function signDocument(domain: SignatureDomain, document: unknown, key: SigningKey): string {
  return sign(null, message(domain, document), key.privateKey).toString('base64');
}

/** False for a wrong signature, a malformed one, or a document that has no canonical form. */
export function verifyDocument(
  domain: SignatureDomain,
  document: unknown,
  signature: string,
  publicKey: KeyObject,
): boolean {
  try {
    const bytes = Buffer.from(signature, 'base64');
    return bytes.length === 64 && verify(null, message(domain, document), publicKey, bytes);
  } catch {
    return false;
  }
}

function message(domain: SignatureDomain, document: unknown): Buffer {
  return Buffer.from(`${domain}\n${canonicalJson(document)}`, 'utf8');
}

/** The signed statement "the first treeSize events of the chain have this RFC 6962 root". */
export interface Checkpoint {
  treeSize: number;
  /** Hex MTH over the hash bytes of events seq 1..treeSize. */
  rootHash: string;
  at: string;
  keyId: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Base64 Ed25519 over domain 'frameledger/checkpoint/1' and {treeSize, rootHash, at, keyId}. */
  signature: string;
}

/** Merkle leaf data for events: their hash bytes, in seq order. */
export function eventLeaves(events: readonly Pick<AuditEvent, 'hash'>[]): Buffer[] {
  return events.map((event) => Buffer.from(event.hash, 'hex'));
}

export function signCheckpoint(checkpoint: Omit<Checkpoint, 'keyId'>, key: SigningKey): SignedCheckpoint {
  const body: Checkpoint = {
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    at: checkpoint.at,
    keyId: key.keyId,
  };
  return { ...body, signature: signDocument('frameledger/checkpoint/1', body, key) };
}

/** Signs the root over `events`, which must be the chain from seq 1 (the service loads them in order). */
export function createCheckpoint(
  events: readonly Pick<AuditEvent, 'hash'>[],
  key: SigningKey,
  at = new Date().toISOString(),
): SignedCheckpoint {
  const rootHash = new MerkleTree(eventLeaves(events)).root().toString('hex');
  return signCheckpoint({ treeSize: events.length, rootHash, at }, key);
}

export function verifyCheckpointSignature(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  const { treeSize, rootHash, at, keyId } = checkpoint;
  return verifyDocument(
    'frameledger/checkpoint/1',
    { treeSize, rootHash, at, keyId },
    checkpoint.signature,
    publicKey,
  );
}
