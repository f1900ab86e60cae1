import { useQuery } from '../../../api/hooks';
import { useUser } from '../../../auth/session';
import type { PolicySeverity } from '../../../gql/graphql';
import { StatementDownloads } from '../../../ui/StatementDownloads';
import { ErrorState, Loading } from '../../../ui/states';
import { codeToWords } from '../../../ui/words';
import { ProductionRulePacksQuery } from './rulebook.operations';
import { RuleSeverityField } from './RuleSeverityField';

/** OFF rules (terms reported, not confirmed) are not checked at all until an admin turns them on. */
const severityWords = (severity: PolicySeverity) =>
  severity === 'OFF' ? 'OFF: reported, not confirmed; not checked until turned on' : severity;

/**
 * The agreements and policies the production is held to (an admin sets each rule's severity
 * here), its disclosure plans for deepfake-like content, and its disclosure statement.
 */
export function RulebookTab({ productionId }: { productionId: string }) {
  const { data, error, loading, refetch } = useQuery(ProductionRulePacksQuery, { productionId });
  const isAdmin = useUser().role === 'ADMIN';
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return loading ? <Loading what="the rule packs" /> : null;
  const chosen = data.rulePacks.filter((p) => p.chosen);
  return (
    <section aria-labelledby="rulebook-title" className="stack">
      <h2 id="rulebook-title">Rule packs that apply</h2>
      <ul aria-label="Rule packs that apply" className="stack">
        {chosen.map((pack) => (
          <li key={pack.id}>
            <strong>{pack.title}</strong> <span className="code">{pack.id}</span>
            {pack.effectiveFrom && (
              <span className="muted">
                {' '}
                (term {pack.effectiveFrom} to {pack.effectiveTo ?? 'open'})
              </span>
            )}
            <p className="muted">{pack.source}</p>
            <ul>
              {pack.rules.map((rule) => (
                <li key={rule.id}>
                  {codeToWords(rule.id)} ({severityWords(rule.severity)}): {rule.text}
                  {isAdmin && (
                    <RuleSeverityField
                      productionId={productionId}
                      rule={rule}
                      onSaved={() => void refetch()}
                    />
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h2>Disclosure plans</h2>
      {data.disclosurePlans.length === 0 ? (
        <p className="muted">
          No plan recorded: where and how the audience is told of deepfake-like content (setDisclosurePlan).
        </p>
      ) : (
        <ul aria-label="Disclosure plans" className="stack">
          {data.disclosurePlans.map((plan) => (
            <li key={plan.id}>
              <strong>{plan.deliverable}</strong>: {plan.placements.map(codeToWords).join(', ')}.{' '}
              {plan.howTold} <span className="muted">First told: {plan.firstExposure}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Disclosure statement</h2>
      <p>
        Every generative AI use in the final deliverable, with its tool, licence, consents, approvals,
        marking, disclosure plans and the rules above, signed with the audit key.
      </p>
      <div className="actions">
        <StatementDownloads productionId={productionId} />
      </div>
    </section>
  );
}
