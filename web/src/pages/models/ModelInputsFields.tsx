import type { ApiError } from '../../api/errors';
import type { ExtraInputSource } from '../../gql/graphql';
import { SelectField } from '../../ui/SelectField';
import { extraInputAt, extraInputs, SOURCE_WORDS, type InputFeeds } from './model-inputs';

const SOURCE_OPTIONS = (Object.keys(SOURCE_WORDS) as ExtraInputSource[]).map((source) => ({
  value: source,
  label: SOURCE_WORDS[source].choice,
}));

/**
 * For a model with several inputs (an image and a mask, or a frame pair): which input takes the
 * frame, and what feeds each other one. The api's sentence for a binding shows at its control.
 */
export function ModelInputsFields({
  inputs,
  feeds,
  onChange,
  error,
}: {
  inputs: readonly { name: string }[];
  feeds: InputFeeds;
  onChange(feeds: InputFeeds): void;
  error?: ApiError;
}) {
  const errorAt = (matches: (field: string) => boolean) =>
    error?.field && matches(error.field) ? error.message : undefined;
  const setSource = (name: string, source: ExtraInputSource) =>
    onChange({ ...feeds, sources: feeds.sources.map((s) => (s.name === name ? { name, source } : s)) });
  const unfed = errorAt((field) => field.endsWith('adapter.extraInputs'));
  return (
    <fieldset className="form-grid form-grid--roomy">
      <legend>Inputs: what feeds each</legend>
      <SelectField
        label="Input that takes the frame"
        value={feeds.imageInput}
        onChange={(imageInput) => onChange({ ...feeds, imageInput })}
        options={inputs.map((i) => ({ value: i.name, label: i.name }))}
        hint={`The model takes ${inputs.length} inputs; the others are fed as chosen here.`}
        error={errorAt((field) => field.endsWith('adapter.imageInput'))}
      />
      {extraInputs(feeds).map(({ name, source }, index) => (
        <SelectField
          key={name}
          label={`What feeds ${name}`}
          value={source}
          onChange={(value) => setSource(name, value as ExtraInputSource)}
          options={SOURCE_OPTIONS}
          hint={SOURCE_WORDS[source].hint}
          error={errorAt((field) => extraInputAt(field) === index)}
        />
      ))}
      {unfed && <p className="form-error">{unfed}</p>}
    </fieldset>
  );
}
