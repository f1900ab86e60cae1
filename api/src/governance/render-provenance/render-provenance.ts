import { sha256Hex } from '../../platform/audit/core/hash';
import { SigningKey } from '../../platform/audit/core/keys';
import { embedC2pa } from './c2pa';
import {
  AiUseClass,
  digitalSourceTypeFor,
  RenderManifest,
  SignedRenderManifest,
  signRenderManifest,
} from './render-manifest';

export type ProvenanceStatus = 'C2PA_EMBEDDED' | 'SIGNED_SIDECAR';

export interface RenderProvenanceInput {
  /** The rendered output as the model produced it (PNG gets embedded credentials; anything else a sidecar). */
  output: Uint8Array;
  modelName: string;
  modelVersion: string;
  modelSha256: string;
  inputSha256: string;
  jobId: string;
  frame: number | null;
  provider: string;
  device: string;
  /** True for a trained model (trainedAlgorithmicMedia), false for a hand-set graph (algorithmicMedia). */
  learnedModel: boolean;
  /** The task is not AI-final: the render is composited into the shot (compositeWithTrainedAlgorithmicMedia). */
  composited?: boolean;
  /** Generative or assistive, as the task is classified; recorded in the manifest and the C2PA action. */
  aiUse?: AiUseClass;
  /** Licence, training-data declaration and provenance revision of the model's file. */
  modelProvenance?: RenderManifest['modelProvenance'];
  createdAt?: string;
}

export interface RenderProvenance {
  status: ProvenanceStatus;
  /** The bytes to store as the render: the PNG with credentials embedded, or the output unchanged. */
  output: Buffer;
  /** sha256 of `output` as stored; differs from manifest.outputSha256 once credentials are embedded. */
  storedSha256: string;
  /** The signed manifest (manifest, keyId, publicKey, signature): store it with the render. */
  signed: SignedRenderManifest;
  /** `signed` as pretty JSON, ready to write as the sidecar file. */
  manifestJson: string;
  /** `<manifest.outputSha256>.manifest.json` */
  sidecarFileName: string;
  /** Why credentials were not embedded (status SIGNED_SIDECAR), for the job log. */
  c2paSkippedReason?: string;
}

/**
 * What the inference worker stores for one render. The manifest is always signed (and always
 * returned, so it can be kept as a sidecar and in the database). C2PA credentials are embedded when
 * the output is a PNG and @trustnxt/c2pa-ts can run; otherwise the signed sidecar is the provenance,
 * and the reason is returned rather than thrown: provenance must never fail a finished render.
 */
export async function buildRenderProvenance(
  input: RenderProvenanceInput,
  key: SigningKey,
): Promise<RenderProvenance> {
  const output = Buffer.from(input.output);
  const manifest: RenderManifest = {
    modelName: input.modelName,
    modelVersion: input.modelVersion,
    modelSha256: input.modelSha256,
    inputSha256: input.inputSha256,
    outputSha256: sha256Hex(output),
    jobId: input.jobId,
    frame: input.frame,
    provider: input.provider,
    device: input.device,
    createdAt: input.createdAt ?? new Date().toISOString(),
    digitalSourceType: digitalSourceTypeFor(input.learnedModel, input.composited),
    ...(input.aiUse && { aiUse: input.aiUse }),
    ...(input.modelProvenance && { modelProvenance: input.modelProvenance }),
  };
  const signed = signRenderManifest(manifest, key);
  const sidecar = {
    signed,
    manifestJson: `${JSON.stringify(signed, null, 2)}\n`,
    sidecarFileName: `${manifest.outputSha256}.manifest.json`,
  };
  try {
    const embedded = await embedC2pa(output, manifest, key);
    return { status: 'C2PA_EMBEDDED', output: embedded, storedSha256: sha256Hex(embedded), ...sidecar };
  } catch (error) {
    return {
      status: 'SIGNED_SIDECAR',
      output,
      storedSha256: manifest.outputSha256,
      ...sidecar,
      c2paSkippedReason: (error as Error).message,
    };
  }
}
