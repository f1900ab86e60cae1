import { createPublicKey, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../platform/audit/core/canonical-json';
import { CryptoCoreError } from '../../platform/audit/core/errors';
import { sha256Hex } from '../../platform/audit/core/hash';
import { keyIdOf, SigningKey } from '../../platform/audit/core/keys';
import { pkcs8, signerCertificates } from './c2pa-certificate';
import { loadC2paLibrary } from './c2pa-library';
import { RenderManifest } from './render-manifest';

/**
 * createManifest reserves 25 kB of signature padding for RFC 3161 timestamp tokens. We add no
 * timestamp, and the COSE signature (64 bytes) plus its two certificates fit in well under 1 kB of
 * slack, so each frame carries about 3 kB of credentials instead of 28 kB.
 */
const SIGNATURE_PADDING = 1024;

/** The c2pa.actions.v2 parameters that tie the credential to the signed render manifest. */
export const PARAMETER_PREFIX = 'org.frameledger.';

export interface C2paAction {
  action: string;
  digitalSourceType?: string;
  softwareAgent?: { name: string; version?: string };
  parameters?: Record<string, unknown>;
}

export interface C2paReading {
  /**
   * c2pa-ts's verdict on the claim signature, the hashed assertions and the data hash that binds
   * the file's bytes. It says the credential is intact, not who made it: with no C2PA trust list
   * configured c2pa-ts reports any well-formed certificate as "signingCredential.trusted", so trust
   * comes from signerKeyId matching the server's key.
   */
  valid: boolean;
  statuses: { code: string; success?: boolean; explanation?: string }[];
  /** keyId of the key in the signing certificate: compare with the server's keyId. */
  signerKeyId: string | null;
  actions: C2paAction[];
}

/**
 * Embeds C2PA content credentials in a PNG: one manifest with a c2pa.actions.v2 assertion
 * (c2pa.created, the IPTC digital source type, the model as softwareAgent, and our job, frame and
 * manifest hash as parameters) and a c2pa.hash.data hard binding, signed with Ed25519 by the audit key.
 */
export async function embedC2pa(png: Uint8Array, manifest: RenderManifest, key: SigningKey): Promise<Buffer> {
  const c2pa = await loadC2paLibrary();
  if (!c2pa.asset.PNG.canRead(png)) throw notPng();
  const { certificate, chain } = await signerCertificates(key);
  const signer = new c2pa.cose.LocalSigner(
    pkcs8(key),
    c2pa.cose.CoseAlgorithmIdentifier.Ed25519,
    certificate,
    chain,
  );
  const asset = new c2pa.asset.PNG(png);
  const store = new c2pa.manifest.ManifestStore();
  const credential = store.createManifest({
    claimVersion: c2pa.manifest.ClaimVersion.V2,
    assetFormat: 'image/png',
    instanceID: `xmp:iid:${randomUUID()}`,
    defaultHashAlgorithm: 'SHA-256',
    signer,
  });
  credential.signature = c2pa.manifest.Signature.create(signer, SIGNATURE_PADDING);
  credential.claim!.claimGeneratorName = 'FrameLedger';

  const { DigitalSourceType } = c2pa.manifest;
  const actions = new c2pa.manifest.ActionAssertion();
  actions.label = c2pa.manifest.AssertionLabels.actionsV2;
  actions.actions = [
    {
      action: c2pa.manifest.ActionType.C2paCreated,
      // Our constants are the IPTC URIs c2pa-ts's enum holds.
      digitalSourceType: Object.values(DigitalSourceType).find((type) => type === manifest.digitalSourceType),
      softwareAgent: { name: manifest.modelName, version: manifest.modelVersion },
      parameters: {
        [`${PARAMETER_PREFIX}jobId`]: manifest.jobId,
        [`${PARAMETER_PREFIX}frame`]: manifest.frame,
        [`${PARAMETER_PREFIX}modelSha256`]: manifest.modelSha256,
        [`${PARAMETER_PREFIX}renderManifestSha256`]: sha256Hex(canonicalJson(manifest)),
        ...(manifest.aiUse && { [`${PARAMETER_PREFIX}aiUse`]: manifest.aiUse }),
        // What a reviewer reads about the model: its licence, training-data declaration and the
        // revision of its file's provenance the render was made under.
        ...(manifest.modelProvenance && {
          [`${PARAMETER_PREFIX}modelLicence`]: manifest.modelProvenance.licence,
          [`${PARAMETER_PREFIX}modelTrainingData`]: manifest.modelProvenance.trainingData,
          [`${PARAMETER_PREFIX}modelProvenanceRevision`]: manifest.modelProvenance.revision,
        }),
      },
    },
  ];
  credential.addAssertion(actions);
  const dataHash = c2pa.manifest.DataHashAssertion.create('SHA-256');
  credential.addAssertion(dataHash);

  // Reserve the space first: the data hash covers every byte of the file except the manifest itself.
  await asset.ensureManifestSpace(store.measureSize());
  await dataHash.updateWithAsset(asset);
  await credential.sign(signer);
  await asset.writeManifestJUMBF(store.getBytes());
  return Buffer.from(await asset.getDataRange());
}

/** Reads and validates the C2PA credentials in a PNG; null when it carries none. */
export async function readC2pa(png: Uint8Array): Promise<C2paReading | null> {
  const c2pa = await loadC2paLibrary();
  if (!c2pa.asset.PNG.canRead(png)) throw notPng();
  const asset = new c2pa.asset.PNG(png);
  const jumbf = asset.getManifestJUMBF();
  if (!jumbf) return null;
  let store: InstanceType<typeof c2pa.manifest.ManifestStore>;
  try {
    store = c2pa.manifest.ManifestStore.read(c2pa.jumbf.SuperBox.fromBuffer(new Uint8Array(jumbf)));
  } catch (error) {
    const explanation = `the embedded manifest store is malformed: ${(error as Error).message}`;
    return {
      valid: false,
      statuses: [{ code: 'general.error', success: false, explanation }],
      signerKeyId: null,
      actions: [],
    };
  }
  const result = await store.validate(asset);
  const active = store.getActiveManifest();
  const actions = (active?.assertions?.assertions ?? [])
    .filter((assertion) => assertion instanceof c2pa.manifest.ActionAssertion)
    .flatMap((assertion) => assertion.actions as C2paAction[]);
  const certificate = active?.signature?.signatureData.certificate;
  return {
    valid: result.isValid,
    statuses: result.statusEntries.map(({ code, success, explanation }) => ({ code, success, explanation })),
    signerKeyId: certificate
      ? keyIdOf(
          createPublicKey({ key: Buffer.from(certificate.publicKey.rawData), format: 'der', type: 'spki' }),
        )
      : null,
    actions,
  };
}

function notPng(): CryptoCoreError {
  return new CryptoCoreError(
    'NOT_PNG',
    'C2PA credentials are embedded in PNG files only; pass the PNG bytes of the render.',
  );
}
