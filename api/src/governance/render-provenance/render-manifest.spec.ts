import { generateSigningKey } from '../../platform/audit/core/keys';
import {
  ALGORITHMIC_MEDIA,
  digitalSourceTypeFor,
  RenderManifest,
  signRenderManifest,
  TRAINED_ALGORITHMIC_MEDIA,
  verifyRenderManifest,
} from './render-manifest';

const key = generateSigningKey();
const manifest: RenderManifest = {
  modelName: 'rife',
  modelVersion: '4.6',
  modelSha256: 'a'.repeat(64),
  inputSha256: 'b'.repeat(64),
  outputSha256: 'c'.repeat(64),
  jobId: 'job-1',
  frame: 12,
  provider: 'onnxruntime-cpu',
  device: 'cpu',
  createdAt: '2024-03-01T00:00:00.000Z',
  digitalSourceType: TRAINED_ALGORITHMIC_MEDIA,
};

describe('render manifest', () => {
  it('maps learned models to trainedAlgorithmicMedia (composite when not AI-final) and hand-set graphs to algorithmicMedia', () => {
    expect(digitalSourceTypeFor(true)).toBe(
      'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
    );
    expect(digitalSourceTypeFor(true, true)).toBe(
      'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia',
    );
    expect(digitalSourceTypeFor(false)).toBe(
      'http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia',
    );
    expect(digitalSourceTypeFor(false, true)).toBe(
      'http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia',
    );
  });

  it('signs a manifest that says the use is assistive, and refuses any other word for it', () => {
    expect(verifyRenderManifest(signRenderManifest({ ...manifest, aiUse: 'ASSISTIVE' }, key))).toBe(true);
    expect(() => signRenderManifest({ ...manifest, aiUse: 'HELPFUL' as never }, key)).toThrow(
      'aiUse must be GENERATIVE or ASSISTIVE when present',
    );
  });

  it('signs with the audit key and verifies from its own JSON', () => {
    const signed = JSON.parse(JSON.stringify(signRenderManifest(manifest, key)));
    expect(signed).toMatchObject({ format: 'frameledger-render-manifest/1', keyId: key.keyId });
    expect(verifyRenderManifest(signed)).toBe(true);
    expect(verifyRenderManifest(signed, key.keyId)).toBe(true);
  });

  it('fails verification when the manifest, key or format is changed', () => {
    const signed = signRenderManifest(manifest, key);
    const other = signRenderManifest(manifest, generateSigningKey());
    expect(verifyRenderManifest({ ...signed, manifest: { ...manifest, frame: 13 } })).toBe(false);
    expect(
      verifyRenderManifest({ ...signed, manifest: { ...manifest, digitalSourceType: ALGORITHMIC_MEDIA } }),
    ).toBe(false);
    expect(verifyRenderManifest(other, key.keyId)).toBe(false);
    expect(verifyRenderManifest({ ...other, keyId: key.keyId })).toBe(false);
    expect(verifyRenderManifest({ ...signed, publicKey: other.publicKey })).toBe(false);
    expect(verifyRenderManifest({ ...signed, format: 'x' } as never)).toBe(false);
    expect(verifyRenderManifest(null as never)).toBe(false);
  });

  it.each([
    [{ modelSha256: 'ABC' }, 'modelSha256 must be a sha256'],
    [{ jobId: '' }, 'jobId must be a non-empty string'],
    [{ frame: -1 }, 'frame must be a non-negative integer'],
    [{ createdAt: 'yesterday' }, 'createdAt must be an ISO time'],
    [{ digitalSourceType: 'http://example.com/ai' }, 'digitalSourceType must be the IPTC'],
  ])('refuses to sign a manifest with %p', (override, message) => {
    expect(() => signRenderManifest({ ...manifest, ...override } as RenderManifest, key)).toThrow(
      expect.objectContaining({ code: 'INVALID_RENDER_MANIFEST', message: expect.stringContaining(message) }),
    );
  });
});
