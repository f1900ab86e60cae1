import { useMutation } from '../../../api/hooks';
import type { PolicyRuleId, PolicySeverity } from '../../../gql/graphql';
import { SelectField } from '../../../ui/SelectField';
import { ErrorState } from '../../../ui/states';
import { codeToWords } from '../../../ui/words';
import { SetPolicySeverityMutation } from './rulebook.operations';

/**
 * An admin's choice of one rule's severity on the production. OFF is offered only for rules that
 * are OFF by default (terms reported, not confirmed): the api refuses it for the others.
 */
export function RuleSeverityField({
  productionId,
  rule,
  onSaved,
}: {
  productionId: string;
  rule: { id: PolicyRuleId; severity: PolicySeverity; defaultSeverity: PolicySeverity };
  onSaved(): void;
}) {
  const save = useMutation(SetPolicySeverityMutation);
  const choices: PolicySeverity[] =
    rule.defaultSeverity === 'OFF' ? ['OFF', 'FLAG', 'BLOCK'] : ['FLAG', 'BLOCK'];
  const choose = async (severity: string) => {
    const done = await save.run({ productionId, ruleId: rule.id, severity: severity as PolicySeverity });
    if (done) onSaved();
  };
  return (
    <div className="rule-severity">
      <SelectField
        label={`Severity of ${codeToWords(rule.id)}`}
        value={rule.severity}
        onChange={(value) => void choose(value)}
        disabled={save.running}
        options={choices.map((s) => ({ value: s, label: s === rule.defaultSeverity ? `${s} (default)` : s }))}
      />
      {save.error && <ErrorState error={save.error} />}
    </div>
  );
}
