/**
 * @jest-environment ./api/src/inference/engine/testing/onnx-environment.ts
 */
import type { AdapterSpec } from './adapter';
import { dryRunModel, syntheticFrame } from './dry-run';
import { planarAdapter } from './testing/images';
import { differenceModel, maskedModel } from './testing/models';

const inpaint: AdapterSpec = planarAdapter('IMAGE', {
  imageInput: 'image',
  extraInputs: [{ name: 'mask', source: 'FRAME_ALPHA' }],
});

describe('the registration dry run with several inputs', () => {
  it('gives the synthetic frame an alpha gradient only when a model input reads it', () => {
    const frame = syntheticFrame(inpaint);
    expect(frame).toMatchObject({ width: 64, height: 48 });
    // (x + y) x 255 / (64 + 48): 0 at the top left, (63 + 47) x 255 / 112 = 250.4 (stored as 250) at the bottom right.
    expect([frame.alpha![0], frame.alpha![64 * 48 - 1]]).toEqual([0, 250]);
    expect(syntheticFrame(planarAdapter('IMAGE')).alpha).toBeUndefined();
  });

  it('feeds every bound input (onnxruntime refuses a run with one missing)', async () => {
    await expect(dryRunModel(maskedModel(), inpaint)).resolves.toBeUndefined();
    const framePair = planarAdapter('IMAGE', {
      imageInput: 'image',
      extraInputs: [{ name: 'previous', source: 'PREVIOUS_FRAME' }],
    });
    await expect(dryRunModel(differenceModel(), framePair)).resolves.toBeUndefined();
  });

  it('refuses an input bound to a source it cannot take, with ADAPTER_MISMATCH', async () => {
    const wrong = { ...inpaint, extraInputs: [{ name: 'mask', source: 'PREVIOUS_FRAME' as const }] };
    await expect(dryRunModel(maskedModel(), wrong)).rejects.toMatchObject({
      code: 'ADAPTER_MISMATCH',
      field: 'adapter.extraInputs[0].source',
    });
  });
});
