import { KeyObject } from 'node:crypto';
import { SigningKey } from './keys';
import { signDocument, verifyDocument } from './signing';

/**
 * What a witness signs with its own Ed25519 key. Each names the log's key (logKeyId) and the
 * witness's (witnessKeyId), so a statement about one log can never count for another.
 */

/** "I checked that the log of treeSize events with this root extends every head I cosigned before." */
export interface Cosignature {
  logKeyId: string;
  treeSize: number;
  rootHash: string;
  witnessKeyId: string;
  at: string;
}

/** "I would not cosign the head of treeSize: it does not extend the head of fromSize I cosigned." */
export interface Refusal {
  logKeyId: string;
  treeSize: number;
  fromSize: number;
  reason: string;
  witnessKeyId: string;
  at: string;
}

/** Proof of holding the witness key, for sign-in; valid for a few minutes around `at`. */
export interface WitnessLogin {
  witnessKeyId: string;
  at: string;
}

const fields = {
  cosignature: (c: Cosignature) => ({
    logKeyId: c.logKeyId,
    treeSize: c.treeSize,
    rootHash: c.rootHash,
    witnessKeyId: c.witnessKeyId,
    at: c.at,
  }),
  refusal: (r: Refusal) => ({
    logKeyId: r.logKeyId,
    treeSize: r.treeSize,
    fromSize: r.fromSize,
    reason: r.reason,
    witnessKeyId: r.witnessKeyId,
    at: r.at,
  }),
  login: (l: WitnessLogin) => ({ witnessKeyId: l.witnessKeyId, at: l.at }),
};

export const signCosignature = (c: Cosignature, key: SigningKey) =>
  signDocument('frameledger/cosignature/1', fields.cosignature(c), key);
export const verifyCosignature = (c: Cosignature, signature: string, key: KeyObject) =>
  verifyDocument('frameledger/cosignature/1', fields.cosignature(c), signature, key);

export const signRefusal = (r: Refusal, key: SigningKey) =>
  signDocument('frameledger/witness-refusal/1', fields.refusal(r), key);
export const verifyRefusal = (r: Refusal, signature: string, key: KeyObject) =>
  verifyDocument('frameledger/witness-refusal/1', fields.refusal(r), signature, key);

export const signWitnessLogin = (l: WitnessLogin, key: SigningKey) =>
  signDocument('frameledger/witness-login/1', fields.login(l), key);
export const verifyWitnessLogin = (l: WitnessLogin, signature: string, key: KeyObject) =>
  verifyDocument('frameledger/witness-login/1', fields.login(l), signature, key);
