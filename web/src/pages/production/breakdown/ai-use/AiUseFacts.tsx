import { formatDateTime } from '../../../../format/dates';
import type { AiUseFactsFieldsFragment } from '../../../../gql/graphql';
import { codeToWords } from '../../../../ui/words';
import { PRINCIPLES } from './principles';

/** A task's AI-use facts as labelled words: what was recorded, by whom and when. */
export function AiUseFactsList({ facts }: { facts: AiUseFactsFieldsFragment }) {
  const needed = facts.requiredForFinal.map(codeToWords).join(', ');
  return (
    <dl className="facts" data-testid="ai-use-facts">
      <dt>Kind of use</dt>
      <dd>
        {codeToWords(facts.useClass)}
        {facts.useClassReason && <span className="muted"> · {facts.useClassReason}</span>}
      </dd>
      <dt>Output</dt>
      <dd>{codeToWords(facts.outputStatus)}</dd>
      <dt>Told to the distributor</dt>
      <dd>
        {facts.disclosures.length === 0
          ? 'No disclosure recorded'
          : facts.disclosures.map((d) => (
              <div key={d.id}>
                {d.contact} on {formatDateTime(d.disclosedAt)}: {d.description}
              </div>
            ))}
      </dd>
      <dt>Five-principle check</dt>
      <dd>
        {facts.checklist ? (
          <>
            <ul className="plain-list">
              {PRINCIPLES.map((p) => (
                <li key={p.key}>
                  {p.label}: {codeToWords(facts.checklist![p.key])}
                </li>
              ))}
            </ul>
            <span className="muted">answered {formatDateTime(facts.checklist.answeredAt)}</span>
          </>
        ) : (
          'Not answered'
        )}
      </dd>
      <dt>Escalation</dt>
      <dd>{codeToWords(facts.escalation)}</dd>
      <dt>Written approvals</dt>
      <dd>
        {facts.approvals.length === 0
          ? 'None recorded'
          : facts.approvals.map((a) => (
              <div key={a.id}>
                {codeToWords(a.category)} by {a.approver} on {formatDateTime(a.approvedAt)} ({a.documentRef})
              </div>
            ))}
        {needed && <div className="muted">Needed before final: {needed}</div>}
      </dd>
      <dt>Sign-off</dt>
      <dd>
        {facts.signedOffAt
          ? `Signed off by ${facts.signedOffBy ?? 'someone no longer here'} on ${formatDateTime(facts.signedOffAt)}`
          : 'Not signed off'}
        {facts.lastAiRunAt && <div className="muted">last AI run {formatDateTime(facts.lastAiRunAt)}</div>}
      </dd>
    </dl>
  );
}
