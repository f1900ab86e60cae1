import { importEsm } from '../../common/import-esm';
import { CryptoCoreError } from '../../platform/audit/core/errors';

// Types only: the dist paths resolve under our `moduleResolution: node`, the package's export map does not.
type AssetModule = typeof import('@trustnxt/c2pa-ts/dist/asset');
type CoseModule = typeof import('@trustnxt/c2pa-ts/dist/cose');
type JumbfModule = typeof import('@trustnxt/c2pa-ts/dist/jumbf');
type ManifestModule = typeof import('@trustnxt/c2pa-ts/dist/manifest');

export interface C2paLibrary {
  asset: AssetModule;
  cose: CoseModule;
  jumbf: JumbfModule;
  manifest: ManifestModule;
}

let loading: Promise<C2paLibrary> | undefined;

/**
 * @trustnxt/c2pa-ts ships as ES modules only (its export map has no "require" entry), so this
 * CommonJS build reaches it through a real dynamic import. That works in Node; it does not under
 * Jest without --experimental-vm-modules, where this rejects with C2PA_UNAVAILABLE and callers fall
 * back to the signed sidecar.
 */
export function loadC2paLibrary(): Promise<C2paLibrary> {
  loading ??= Promise.all([
    importEsm<AssetModule>('@trustnxt/c2pa-ts/asset'),
    importEsm<CoseModule>('@trustnxt/c2pa-ts/cose'),
    importEsm<JumbfModule>('@trustnxt/c2pa-ts/jumbf'),
    importEsm<ManifestModule>('@trustnxt/c2pa-ts/manifest'),
  ]).then(
    ([asset, cose, jumbf, manifest]) => ({ asset, cose, jumbf, manifest }),
    (error: Error) => {
      loading = undefined;
      throw new CryptoCoreError(
        'C2PA_UNAVAILABLE',
        `The C2PA library @trustnxt/c2pa-ts could not be loaded (${error.message}); run under Node 20.19+ from the repository root.`,
      );
    },
  );
  return loading;
}
