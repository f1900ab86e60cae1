import { fromHex, toHex, verifyConsistency } from './merkle-consistency';

export interface SignedCheckpoint {
  treeSize: number;
  rootHash: string;
  at: string;
  keyId: string;
  publicKey: string;
  signature: string;
}

export interface ConsistencyProof {
  fromSize: number;
  toSize: number;
  fromRoot: string;
  toRoot: string;
  path: string[];
}

export interface VerifyStep {
  label: string;
  ok: boolean;
  detail: string;
}

/** The checkpoint this browser last verified: the reviewer's own record to hold the server to. */
export interface RememberedCheckpoint {
  treeSize: number;
  rootHash: string;
  keyId: string;
}

const REMEMBERED_KEY = 'frameledger.audit.lastVerifiedCheckpoint';

export function rememberedCheckpoint(): RememberedCheckpoint | null {
  try {
    const value = JSON.parse(localStorage.getItem(REMEMBERED_KEY) ?? 'null') as RememberedCheckpoint | null;
    return value && typeof value.treeSize === 'number' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Checks, in the browser and with WebCrypto only: the key's id is its hash, the Ed25519 signature
 * covers this checkpoint, the key is the one seen before, and the log the last verified checkpoint
 * described is a prefix of this one (RFC 9162 consistency proof). All pass: the checkpoint is
 * remembered for next time.
 */
export async function verifyCheckpoint(
  checkpoint: SignedCheckpoint,
  fetchProof: (from: number, to: number) => Promise<ConsistencyProof>,
): Promise<VerifyStep[]> {
  const steps: VerifyStep[] = [];
  const key = await importEd25519(checkpoint.publicKey);
  if (!key) {
    return [
      {
        label: 'Public key',
        ok: false,
        detail: 'The checkpoint’s public key is not an Ed25519 key in SPKI PEM.',
      },
    ];
  }
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  const keyId = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', raw))).slice(0, 16);
  steps.push({
    label: 'Key id',
    ok: keyId === checkpoint.keyId,
    detail: `sha256 of the public key starts ${keyId}; the checkpoint names ${checkpoint.keyId}.`,
  });

  const { treeSize, rootHash, at } = checkpoint;
  // Canonical JSON: keys sorted, no spaces, as the server signed it.
  const message = `frameledger/checkpoint/1\n${JSON.stringify({ at, keyId: checkpoint.keyId, rootHash, treeSize })}`;
  const signatureOk = await crypto.subtle
    .verify('Ed25519', key, base64Bytes(checkpoint.signature), new TextEncoder().encode(message))
    .catch(() => false);
  steps.push({
    label: 'Signature',
    ok: signatureOk,
    detail: signatureOk
      ? `Ed25519 signature holds over ${events(treeSize)} with root ${rootHash.slice(0, 16)}….`
      : 'The signature does not match the checkpoint: it was altered or signed by another key.',
  });

  const previous = rememberedCheckpoint();
  if (previous) steps.push(...(await againstPrevious(previous, checkpoint, fetchProof)));
  else {
    steps.push({
      label: 'Earlier checkpoint',
      ok: true,
      detail:
        'This browser has verified no earlier checkpoint; this one is now the reference for the next check.',
    });
  }
  if (steps.every((s) => s.ok)) {
    localStorage.setItem(REMEMBERED_KEY, JSON.stringify({ treeSize, rootHash, keyId: checkpoint.keyId }));
  }
  return steps;
}

async function againstPrevious(
  previous: RememberedCheckpoint,
  current: SignedCheckpoint,
  fetchProof: (from: number, to: number) => Promise<ConsistencyProof>,
): Promise<VerifyStep[]> {
  const keyStep: VerifyStep = {
    label: 'Same key as before',
    ok: previous.keyId === current.keyId,
    detail:
      previous.keyId === current.keyId
        ? `Signed by key ${current.keyId}, as the checkpoint verified before.`
        : `The key changed from ${previous.keyId} to ${current.keyId}: ask the admin why before trusting it.`,
  };
  if (previous.treeSize > current.treeSize) {
    return [
      keyStep,
      {
        label: 'Log only grows',
        ok: false,
        detail: `This browser verified ${events(previous.treeSize)} before; the server now signs only ${current.treeSize}.`,
      },
    ];
  }
  const proof = await fetchProof(previous.treeSize, current.treeSize);
  const consistent =
    proof.fromRoot === previous.rootHash &&
    proof.toRoot === current.rootHash &&
    (await verifyConsistency(
      previous.treeSize,
      current.treeSize,
      fromHex(previous.rootHash),
      fromHex(current.rootHash),
      proof.path.map(fromHex),
    ));
  return [
    keyStep,
    {
      label: 'Log only grows',
      ok: consistent,
      detail: consistent
        ? `The first ${events(previous.treeSize)} verified before are unchanged in the log of ${events(current.treeSize)} now.`
        : `The proof does not show the ${events(previous.treeSize)} verified before inside today’s log: an event was altered or removed.`,
    },
  ];
}

async function importEd25519(pem: string): Promise<CryptoKey | null> {
  try {
    const der = base64Bytes(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''));
    return await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, true, ['verify']);
  } catch {
    return null;
  }
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const events = (n: number): string => `${n} event${n === 1 ? '' : 's'}`;
