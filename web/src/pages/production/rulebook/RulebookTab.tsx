import { useQuery } from '../../../api/hooks';
import type { PolicySeverity } from '../../../gql/graphql';
import { StatementDownloads } from '../../../ui/StatementDownloads';
import { ErrorState, Loading } from '../../../ui/states';
import { codeToWords } from '../../../ui/words';
import { ProductionRulePacksQuery } from './rulebook.operations';

/** OFF rules (terms reported, not confirmed) are not checked at all until an admin turns them on. */
const severityWords = (severity: PolicySeverity) =>
  severity === 'OFF' ? 'OFF: reported, not confirmed; not checked until turned on' : severity;

/** The agreements and policies the production is held to, and its disclosure statement. */
export function RulebookTab({ productionId }: { productionId: string }) {
  const { data, error, loading, refetch } = useQuery(ProductionRulePacksQuery, { productionId });
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
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <h2>Disclosure statement</h2>
      <p>
        Every generative AI use in the final deliverable, with its tool, licence, consents, approvals, marking
        and the rules above, signed with the audit key.
      </p>
      <div className="actions">
        <StatementDownloads productionId={productionId} />
      </div>
    </section>
  );
}
