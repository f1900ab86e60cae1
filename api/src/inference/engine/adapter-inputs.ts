import type { AdapterProblem, AdapterSpec, ExtraInputSource, ModelTensors } from './adapter';
import type { TensorInfo } from './model-metadata';

/** The input the frame goes to: the named one, or the only one. */
export function pickImageInput(spec: AdapterSpec, model: ModelTensors): TensorInfo | undefined {
  if (spec.imageInput !== undefined) return model.inputs.find((i) => i.name === spec.imageInput);
  return model.inputs.length === 1 ? model.inputs[0] : undefined;
}

/** Whether some model input is fed from `source`: decides what a frame is decoded with and what is read. */
export function readsFrom(spec: AdapterSpec, source: ExtraInputSource): boolean {
  return spec.extraInputs?.some((input) => input.source === source) ?? false;
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * Every model input must be fed exactly once: the frame to imageInput (or the only input), each
 * other input from its extraInputs source. A model input left unfed would fail every run, and one
 * fed twice means the adapter mistook one input for another.
 */
export function checkBindings(spec: AdapterSpec, model: ModelTensors): AdapterProblem[] {
  const names = quoted(model.inputs.map((i) => i.name));
  const problems: AdapterProblem[] = [];
  const image = pickImageInput(spec, model);
  if (!image) {
    problems.push({
      field: 'adapter.imageInput',
      message:
        spec.imageInput === undefined
          ? `The model takes ${model.inputs.length} inputs (${names}); set imageInput to the one that takes the frame and list the others in extraInputs, each with its source (PREVIOUS_FRAME or FRAME_ALPHA).`
          : `The model has no input named "${spec.imageInput}"; its inputs are ${names}.`,
    });
  }
  const fed = new Set(image ? [image.name] : []);
  (spec.extraInputs ?? []).forEach(({ name }, i) => {
    const field = `adapter.extraInputs[${i}].name`;
    if (!model.inputs.some((input) => input.name === name)) {
      problems.push({ field, message: `The model has no input named "${name}"; its inputs are ${names}.` });
    } else if (fed.has(name)) {
      problems.push({
        field,
        message: `The input "${name}" is fed twice; give the frame's input as imageInput and each other input once in extraInputs.`,
      });
    }
    fed.add(name);
  });
  const unfed = model.inputs.filter((input) => !fed.has(input.name)).map((input) => input.name);
  if (image && unfed.length > 0) {
    problems.push({
      field: 'adapter.extraInputs',
      message: `Nothing feeds the model's input${unfed.length > 1 ? 's' : ''} ${quoted(unfed)}; add each to extraInputs with its source: PREVIOUS_FRAME (the frame before, for frame-pair models) or FRAME_ALPHA (the frame's alpha channel, for mask inputs).`,
    });
  }
  return problems;
}
