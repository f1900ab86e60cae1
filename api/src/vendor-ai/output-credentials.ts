import { loadC2paLibrary } from '../governance/render-provenance/c2pa-library';
import { C2paStatus } from './c2pa-status';

/**
 * What an output file's C2PA content credentials say: VERIFIED (c2pa-ts checked the claim
 * signature and the hash binding the bytes), INVALID (a manifest that fails those checks),
 * UNVERIFIED (a C2PA manifest store is present but could not be checked here: a format c2pa-ts
 * does not read, or the library unavailable) or NONE. VERIFIED says the credential is intact, not
 * that its signer is trusted: no C2PA trust list is configured (docs/decisions/0015).
 */

export interface OutputCredentials {
  status: C2paStatus;
  /** The validation codes that failed, or why it could not be checked. */
  detail: string;
}

/** The JUMBF description label of a C2PA manifest store: present in every format that embeds one. */
const C2PA_LABEL = Buffer.from('c2pa', 'ascii');
const JUMBF_TYPE = Buffer.from('jumd', 'ascii');

export async function readOutputCredentials(bytes: Buffer): Promise<OutputCredentials> {
  const present = bytes.includes(JUMBF_TYPE) && bytes.includes(C2PA_LABEL);
  let c2pa: Awaited<ReturnType<typeof loadC2paLibrary>>;
  try {
    c2pa = await loadC2paLibrary();
  } catch (error) {
    return present
      ? { status: C2paStatus.UNVERIFIED, detail: (error as Error).message }
      : { status: C2paStatus.NONE, detail: '' };
  }
  const data = new Uint8Array(bytes);
  const Format = [c2pa.asset.PNG, c2pa.asset.JPEG, c2pa.asset.BMFF].find((f) => f.canRead(data));
  if (!Format) {
    return present
      ? {
          status: C2paStatus.UNVERIFIED,
          detail: 'a C2PA manifest is present in a format c2pa-ts does not read',
        }
      : { status: C2paStatus.NONE, detail: '' };
  }
  const asset = new Format(data);
  const jumbf = asset.getManifestJUMBF();
  if (!jumbf) return { status: C2paStatus.NONE, detail: '' };
  try {
    const store = c2pa.manifest.ManifestStore.read(c2pa.jumbf.SuperBox.fromBuffer(new Uint8Array(jumbf)));
    const result = await store.validate(asset);
    const failed = result.statusEntries.filter((s) => s.success === false).map((s) => s.code);
    return result.isValid
      ? { status: C2paStatus.VERIFIED, detail: '' }
      : { status: C2paStatus.INVALID, detail: failed.join(', ') || 'the manifest did not validate' };
  } catch (error) {
    return {
      status: C2paStatus.INVALID,
      detail: `the manifest store is malformed: ${(error as Error).message}`,
    };
  }
}
