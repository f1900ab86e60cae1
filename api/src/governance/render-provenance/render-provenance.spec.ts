import sharp from 'sharp';
import { generateSigningKey } from '../../platform/audit/core/keys';
import { runInNode } from '../testing/run-in-node';
import { sha256Hex } from '../../platform/audit/core/hash';
import { verifyRenderManifest } from './render-manifest';
import { buildRenderProvenance, RenderProvenanceInput } from './render-provenance';

const key = generateSigningKey();
const job = (output: Uint8Array): RenderProvenanceInput => ({
  output,
  modelName: 'rife',
  modelVersion: '4.6',
  modelSha256: 'a'.repeat(64),
  inputSha256: 'b'.repeat(64),
  jobId: 'job-7',
  frame: 3,
  provider: 'onnxruntime-cpu',
  device: 'cpu',
  learnedModel: true,
  createdAt: '2024-03-01T00:00:00.000Z',
});
const png = () =>
  sharp({ create: { width: 16, height: 9, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();

describe('render provenance', () => {
  it('falls back to a signed sidecar for output that is not PNG, saying why', async () => {
    const exr = Buffer.from('not a png');
    const result = await buildRenderProvenance(job(exr), key);
    expect(result).toMatchObject({
      status: 'SIGNED_SIDECAR',
      storedSha256: sha256Hex(exr),
      sidecarFileName: `${sha256Hex(exr)}.manifest.json`,
      c2paSkippedReason: expect.any(String),
    });
    expect(result.output.equals(exr)).toBe(true);
    expect(verifyRenderManifest(JSON.parse(result.manifestJson), key.keyId)).toBe(true);
    expect(result.signed.manifest).toMatchObject({ outputSha256: sha256Hex(exr), jobId: 'job-7', frame: 3 });
  });

  it('still signs the manifest when C2PA cannot load (as under Jest, which has no ESM import)', async () => {
    const result = await buildRenderProvenance(job(await png()), key);
    expect(result).toMatchObject({
      status: 'SIGNED_SIDECAR',
      c2paSkippedReason: expect.stringContaining('The C2PA library @trustnxt/c2pa-ts could not be loaded'),
    });
    expect(verifyRenderManifest(result.signed, key.keyId)).toBe(true);
  });

  // c2pa-ts is ESM-only and Jest runs CommonJS without ESM support, so the round trip runs in a
  // plain Node child that compiles our TypeScript with @swc/core on require.
  it('embeds C2PA credentials in a PNG that read back valid, signed by our key, naming the model', () => {
    const report = runInNode(`
      const sharp = require('sharp');
      const { generateSigningKey } = load('../platform/audit/core/keys');
      const { buildRenderProvenance } = load('render-provenance/render-provenance');
      const { readC2pa } = load('render-provenance/c2pa');
      const key = generateSigningKey();
      const png = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#336699' } }).png().toBuffer();
      const result = await buildRenderProvenance({
        output: png, modelName: 'rife', modelVersion: '4.6', modelSha256: 'a'.repeat(64), inputSha256: 'b'.repeat(64),
        jobId: 'job-7', frame: 3, provider: 'onnxruntime-cpu', device: 'cpu', learnedModel: true,
        composited: true, aiUse: 'GENERATIVE',
        modelProvenance: { licence: 'Apache-2.0', trainingData: 'LICENSED', revision: 2 },
      }, key);
      const tampered = Buffer.from(result.output);
      tampered[tampered.length - 20] ^= 0xff;
      const pixels = async (bytes) => (await sharp(bytes).raw().toBuffer()).toString('hex');
      return {
        keyId: key.keyId,
        status: result.status,
        reason: result.c2paSkippedReason,
        growth: result.output.length - png.length,
        samePixels: (await pixels(result.output)) === (await pixels(png)),
        reading: await readC2pa(result.output),
        tampered: await readC2pa(tampered),
        plain: await readC2pa(png),
        renderManifestSha256: load('../platform/audit/core/hash').sha256Hex(load('../platform/audit/core/canonical-json').canonicalJson(result.signed.manifest)),
      };
    `);
    expect(report.reason).toBeUndefined();
    expect(report).toMatchObject({ status: 'C2PA_EMBEDDED', samePixels: true, plain: null });
    expect(report.growth).toBeLessThan(4096);
    expect(report.reading).toMatchObject({
      valid: true,
      signerKeyId: report.keyId,
      actions: [
        {
          action: 'c2pa.created',
          // A generative render composited into a shot that is not AI-final (C2PA 2.2 source type).
          digitalSourceType:
            'http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia',
          softwareAgent: { name: 'rife', version: '4.6' },
          parameters: {
            'org.frameledger.jobId': 'job-7',
            'org.frameledger.frame': 3,
            'org.frameledger.renderManifestSha256': report.renderManifestSha256,
            'org.frameledger.aiUse': 'GENERATIVE',
            // The reviewer's questions about the model travel with the picture.
            'org.frameledger.modelLicence': 'Apache-2.0',
            'org.frameledger.modelTrainingData': 'LICENSED',
            'org.frameledger.modelProvenanceRevision': 2,
          },
        },
      ],
    });
    expect(report.reading.statuses.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['claimSignature.validated', 'assertion.dataHash.match']),
    );
    expect(report.tampered).toMatchObject({ valid: false });
    expect(report.tampered.statuses.map((s: { code: string }) => s.code)).toContain(
      'assertion.dataHash.mismatch',
    );
  });
});
