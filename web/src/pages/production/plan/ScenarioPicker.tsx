import { SelectField } from '../../../ui/SelectField';
import { AS_PLANNED } from './useScenarioChoice';

/** Which plan the reports run: the tasks as planned, or a saved what-if. */
export function ScenarioPicker({
  scenarios,
  value,
  onChange,
}: {
  scenarios: readonly { id: string; name: string }[];
  value: string;
  onChange(id: string): void;
}) {
  return (
    <SelectField
      label="Plan"
      value={value}
      onChange={onChange}
      options={[
        { value: AS_PLANNED, label: 'Tasks as planned (no crew)' },
        ...scenarios.map((s) => ({ value: s.id, label: `Scenario: ${s.name}` })),
      ]}
    />
  );
}
