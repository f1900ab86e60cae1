import { floatTensor, int64Tensor, node, type NodeSpec, type TensorSpec } from './onnx-graph';

/**
 * The same square kernel applied to R, G and B separately (a depthwise Conv, group = 3), after
 * repeating the edge pixels outward by the kernel's radius. Edge padding keeps a flat colour flat
 * up to the frame border; zero padding would darken (or, for a sharpen, brighten) every border.
 */
export function depthwiseFilter(
  input: string,
  output: string,
  kernel: number[][],
): { nodes: NodeSpec[]; initializers: TensorSpec[] } {
  const size = kernel.length;
  const radius = (size - 1) / 2;
  const weights = [0, 1, 2].flatMap(() => kernel.flat());
  return {
    nodes: [
      node('Pad', [input, `${output}_pads`], [`${output}_padded`], { mode: { string: 'edge' } }),
      node('Conv', [`${output}_padded`, `${output}_kernel`], [output], {
        group: { int: 3 },
        kernel_shape: { ints: [size, size] },
      }),
    ],
    initializers: [
      // Pad order: begin of N, C, H, W, then end of N, C, H, W.
      int64Tensor(`${output}_pads`, [8], [0, 0, radius, radius, 0, 0, radius, radius]),
      floatTensor(`${output}_kernel`, [3, 1, size, size], weights),
    ],
  };
}
