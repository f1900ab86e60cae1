import { CryptoCoreError } from '../../platform/audit/core/errors';
import { isHex } from '../../platform/audit/core/hash';
import { keyIdOf, publicKeyFromText, publicKeyPem, SigningKey } from '../../platform/audit/core/keys';
import { signDocument, verifyDocument } from '../../platform/audit/core/signing';

/**
 * IPTC digital source types (named by C2PA 2.2): a learned model's output taken whole, a learned
 * model's output composited into the shot with other material, or a hand-set algorithm's.
 */
export const TRAINED_ALGORITHMIC_MEDIA =
  'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
export const COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA =
  'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia';
export const ALGORITHMIC_MEDIA = 'http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia';
export type DigitalSourceType =
  | typeof TRAINED_ALGORITHMIC_MEDIA
  | typeof COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA
  | typeof ALGORITHMIC_MEDIA;
const DIGITAL_SOURCE_TYPES: readonly string[] = [
  TRAINED_ALGORITHMIC_MEDIA,
  COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
  ALGORITHMIC_MEDIA,
];

/** The EU AI Act Article 50 reading of the task's use: ASSISTIVE (standard editing) is exempt from marking. */
export type AiUseClass = 'GENERATIVE' | 'ASSISTIVE';

/** What one render is: which model made which output from which input, where and when. */
export interface RenderManifest {
  modelName: string;
  modelVersion: string;
  /** Hex sha256 of the model file (e.g. the .onnx) that ran. */
  modelSha256: string;
  /** Hex sha256 of the input bytes the job read. */
  inputSha256: string;
  /** Hex sha256 of the output as rendered, before any content credentials are embedded in it. */
  outputSha256: string;
  jobId: string;
  /** Frame number within the shot, or null for a single-image job. */
  frame: number | null;
  /** Execution provider, e.g. 'onnxruntime-cpu' or 'onnxruntime-cuda'. */
  provider: string;
  /** Device, e.g. 'cpu' or 'cuda:0'. */
  device: string;
  createdAt: string;
  digitalSourceType: DigitalSourceType;
  /** Generative or assistive use (absent from manifests signed before issue 13). */
  aiUse?: AiUseClass;
  /**
   * The model's licence and training-data declaration as its file's provenance said when it ran,
   * with that provenance's revision (absent from manifests signed before provenance was per file).
   */
  modelProvenance?: { licence: string; trainingData: string; revision: number };
}

export const SIGNED_MANIFEST_FORMAT = 'frameledger-render-manifest/1';

/** The manifest as stored and as written to a sidecar: verifiable with nothing but this JSON. */
export interface SignedRenderManifest {
  format: typeof SIGNED_MANIFEST_FORMAT;
  manifest: RenderManifest;
  keyId: string;
  /** SPKI PEM; check keyId against the server's published key before trusting it. */
  publicKey: string;
  /** Base64 Ed25519, domain 'frameledger/render-manifest/1', over canonicalJson(manifest). */
  signature: string;
}

/**
 * A learned model's render is composite when the task is not AI-final (people finish the shot
 * around it), whole when it is the final picture.
 */
export function digitalSourceTypeFor(learnedModel: boolean, composited = false): DigitalSourceType {
  if (!learnedModel) return ALGORITHMIC_MEDIA;
  return composited ? COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA : TRAINED_ALGORITHMIC_MEDIA;
}

export function signRenderManifest(manifest: RenderManifest, key: SigningKey): SignedRenderManifest {
  const problem = manifestProblem(manifest);
  if (problem)
    throw new CryptoCoreError('INVALID_RENDER_MANIFEST', `Cannot sign the render manifest: ${problem}.`);
  return {
    format: SIGNED_MANIFEST_FORMAT,
    manifest,
    keyId: key.keyId,
    publicKey: publicKeyPem(key.publicKey),
    signature: signDocument('frameledger/render-manifest/1', manifest, key),
  };
}

/**
 * True when the signature over the manifest holds under the embedded public key and that key has
 * the stated keyId. Pass `expectedKeyId` (the server's) to refuse a manifest re-signed by anyone else.
 */
export function verifyRenderManifest(signed: SignedRenderManifest, expectedKeyId?: string): boolean {
  const publicKey = typeof signed?.publicKey === 'string' ? publicKeyFromText(signed.publicKey) : null;
  return (
    publicKey !== null &&
    signed.format === SIGNED_MANIFEST_FORMAT &&
    keyIdOf(publicKey) === signed.keyId &&
    (expectedKeyId === undefined || expectedKeyId === signed.keyId) &&
    verifyDocument('frameledger/render-manifest/1', signed.manifest, signed.signature, publicKey)
  );
}

const HASH_FIELDS = ['modelSha256', 'inputSha256', 'outputSha256'] as const;
const TEXT_FIELDS = ['modelName', 'modelVersion', 'jobId', 'provider', 'device'] as const;

/** What is wrong with a manifest, or null; checked before signing so a bad one is never signed. */
export function manifestProblem(manifest: RenderManifest): string | null {
  for (const field of HASH_FIELDS) {
    if (!isHex(manifest[field])) return `${field} must be a sha256 as 64 lower-case hex characters`;
  }
  for (const field of TEXT_FIELDS) {
    if (typeof manifest[field] !== 'string' || manifest[field] === '')
      return `${field} must be a non-empty string`;
  }
  if (manifest.frame !== null && !(Number.isSafeInteger(manifest.frame) && manifest.frame >= 0)) {
    return 'frame must be a non-negative integer, or null for a single-image job';
  }
  if (typeof manifest.createdAt !== 'string' || Number.isNaN(Date.parse(manifest.createdAt))) {
    return 'createdAt must be an ISO time (use Date.toISOString())';
  }
  if (!DIGITAL_SOURCE_TYPES.includes(manifest.digitalSourceType)) {
    return 'digitalSourceType must be the IPTC trainedAlgorithmicMedia, compositeWithTrainedAlgorithmicMedia or algorithmicMedia URI (see digitalSourceTypeFor)';
  }
  if (manifest.aiUse !== undefined && manifest.aiUse !== 'GENERATIVE' && manifest.aiUse !== 'ASSISTIVE') {
    return 'aiUse must be GENERATIVE or ASSISTIVE when present';
  }
  return null;
}
