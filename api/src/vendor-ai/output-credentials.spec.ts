import { runInNode } from '../governance/testing/run-in-node';

// c2pa-ts does not load under Jest, so the reading runs in a plain Node child (run-in-node.ts).
describe("a vendor output's C2PA status", () => {
  const report = runInNode(`
    const sharp = require('sharp');
    const { generateSigningKey } = load('../platform/audit/core/keys');
    const { buildRenderProvenance } = load('render-provenance/render-provenance');
    const { readOutputCredentials } = load('../vendor-ai/output-credentials');
    const png = await sharp({ create: { width: 16, height: 9, channels: 3, background: '#336699' } }).png().toBuffer();
    const { output } = await buildRenderProvenance({
      output: png, modelName: 'gen', modelVersion: '1', modelSha256: 'a'.repeat(64), inputSha256: 'b'.repeat(64),
      jobId: 'vendor', frame: 1, provider: 'vendor', device: 'vendor', learnedModel: true,
      modelProvenance: { licence: 'vendor terms', trainingData: 'LICENSED', revision: 1 },
    }, generateSigningKey());
    const tampered = Buffer.from(output);
    tampered[tampered.length - 20] ^= 0xff;
    const jumbfInText = Buffer.concat([Buffer.from('not an image: '), Buffer.from('jumd'), Buffer.from('c2pa')]);
    return {
      signed: await readOutputCredentials(Buffer.from(output)),
      tampered: await readOutputCredentials(tampered),
      plain: await readOutputCredentials(png),
      unreadable: await readOutputCredentials(jumbfInText),
    };
  `);

  it('is VERIFIED for an intact manifest bound to the bytes', () => {
    expect(report.signed).toEqual({ status: 'VERIFIED', detail: '' });
  });

  it('is INVALID, naming the failed check, when the bytes no longer match the manifest', () => {
    expect(report.tampered.status).toBe('INVALID');
    expect(report.tampered.detail).toContain('assertion.dataHash.mismatch');
  });

  it('is NONE without a manifest, and UNVERIFIED for a manifest in a format c2pa-ts does not read', () => {
    expect(report.plain).toEqual({ status: 'NONE', detail: '' });
    expect(report.unreadable.status).toBe('UNVERIFIED');
  });
});
