import { toMajorDecimal } from '@frameledger/analytics';
import { useState } from 'react';
import { useQuery } from '../../../api/hooks';
import { formatDate } from '../../../format/dates';
import { formatNumber } from '../../../format/numbers';
import { MoneyText } from '../../../ui/MoneyText';
import { EmptyState, ErrorState, Loading } from '../../../ui/states';
import { codeToWords } from '../../../ui/words';
import { BidsDialog } from './BidsDialog';
import { FxRatesSection } from './FxRatesSection';
import { LabourRoleDialog } from './LabourRoleDialog';
import { RateCardDialog } from './RateCardDialog';
import { RateLineDialog } from './RateLineDialog';
import type { LineDraft } from './RateLineFields';
import { emptyLine } from './RateLineFields';
import { ProductionRatesQuery } from './rates.operations';
import { TaskTypeDialog, type TaskTypeDraft } from './TaskTypeDialog';

type Open =
  | { kind: 'card' }
  | { kind: 'line'; draft: LineDraft }
  | { kind: 'taskType'; draft?: TaskTypeDraft }
  | { kind: 'bids'; code: string }
  | { kind: 'role' };

/** "5 (Standard)", or that there are none. */
const bidsText = (bids: { name: string }[]) =>
  bids.length ? `${bids.length} (${[...new Set(bids.map((b) => b.name))].join(', ')})` : 'None yet';

const major = (m: { amountMinor: string; currency: string }) =>
  toMajorDecimal({ amountMinor: BigInt(m.amountMinor), currency: m.currency });

/**
 * What prices the production's work: the rate card in effect with a line per role, and the task
 * types whose hand-done baseline those rates price. Every change here is audited.
 */
export function RatesTab({ productionId }: { productionId: string }) {
  const { data, error, loading, refetch } = useQuery(ProductionRatesQuery, { productionId });
  const [open, setOpen] = useState<Open>();
  const [done, setDone] = useState<string>();
  const closed = (saved: boolean, what: string) => {
    setOpen(undefined);
    if (saved) {
      setDone(what);
      refetch();
    }
  };

  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return loading ? <Loading what="the rates" /> : null;
  const card = data.rateCardInEffect;
  const roles = data.labourRoles.edges.map((e) => e.node);
  const taskTypes = data.taskTypes.edges.map((e) => e.node);
  const ownCard = card?.productionId === productionId ? card : undefined;

  return (
    <section aria-labelledby="rates-title" className="stack">
      <h2 id="rates-title">Rates and task types</h2>
      {done && (
        <p className="muted" role="status" data-testid="rates-done">
          {done}
        </p>
      )}
      <div className="stack" data-testid="rate-card">
        <h3>Rate card in effect</h3>
        {!card && (
          <EmptyState title="No rate card prices this production yet.">
            <p>Hours cannot be priced until one does: create a card with a rate for each role.</p>
          </EmptyState>
        )}
        {card && (
          <p className="muted">
            {card.name}, in {card.currency}, from {formatDate(card.effectiveFrom)}
            {card.productionId ? '' : ' (studio-wide: create this production’s own card to change its rates)'}
            {card.source && `; source: ${card.source}`}.
          </p>
        )}
        {card && card.lines.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="rate-lines">
              <caption className="visually-hidden">Rates by role</caption>
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col" className="num">
                    Hourly rate
                  </th>
                  <th scope="col" className="num">
                    Fringe
                  </th>
                  <th scope="col" className="num">
                    Flat fringe an hour
                  </th>
                  <th scope="col" className="num">
                    Loaded rate (rate plus fringes)
                  </th>
                  {ownCard && (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {card.lines.map((l) => (
                  <tr key={l.role.code}>
                    <th scope="row">{l.role.name}</th>
                    <td className="num">
                      <MoneyText money={l.hourlyRate} />
                    </td>
                    <td className="num">{formatNumber(l.fringePercent, 2)}%</td>
                    <td className="num">
                      <MoneyText money={l.flatFringePerHour} />
                    </td>
                    <td className="num">
                      <MoneyText money={l.loadedRate} />
                    </td>
                    {ownCard && (
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={`Change the rate of ${l.role.name}`}
                          onClick={() =>
                            setOpen({
                              kind: 'line',
                              draft: {
                                roleCode: l.role.code,
                                hourlyRate: major(l.hourlyRate),
                                fringePercent: String(l.fringePercent),
                                flatFringe: major(l.flatFringePerHour),
                              },
                            })
                          }
                        >
                          Change
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'card' })}>
            New rate card
          </button>
          {ownCard && (
            <button
              type="button"
              className="button"
              onClick={() => setOpen({ kind: 'line', draft: emptyLine() })}
            >
              Add a role’s rate
            </button>
          )}
          <button type="button" className="button" onClick={() => setOpen({ kind: 'role' })}>
            New labour role
          </button>
        </div>
      </div>

      {data.production.reportingCurrency !== data.production.currency && (
        <FxRatesSection
          currency={data.production.currency}
          reportingCurrency={data.production.reportingCurrency}
          startDate={data.production.startDate}
          deliveryDate={data.production.deliveryDate}
        />
      )}

      <div className="stack">
        <h3>Task types</h3>
        <p className="muted">
          Shared by every production. The role who does a type by hand prices its baseline.
        </p>
        <div className="table-wrap">
          <table className="table" data-testid="task-types">
            <caption className="visually-hidden">Task types</caption>
            <thead>
              <tr>
                <th scope="col">Task type</th>
                <th scope="col">Done by hand by</th>
                <th scope="col">Kind of AI</th>
                <th scope="col">Bids</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {taskTypes.map((t) => (
                <tr key={t.code}>
                  <th scope="row">{t.name}</th>
                  <td>{t.baselineRole.name}</td>
                  <td>{codeToWords(t.defaultAiCategory)}</td>
                  <td>{bidsText(t.bidTemplates)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Bids for ${t.name}`}
                      onClick={() => setOpen({ kind: 'bids', code: t.code })}
                    >
                      Bids
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Change ${t.name}`}
                      onClick={() =>
                        setOpen({
                          kind: 'taskType',
                          draft: {
                            code: t.code,
                            name: t.name,
                            baselineRoleCode: t.baselineRole.code,
                            defaultAiCategory: t.defaultAiCategory,
                          },
                        })
                      }
                    >
                      Change
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={() => setOpen({ kind: 'taskType' })}>
            New task type
          </button>
        </div>
      </div>

      {open?.kind === 'card' && (
        <RateCardDialog
          productionId={productionId}
          currency={data.production.currency}
          effectiveFrom={data.production.startDate}
          roles={roles}
          onClose={(saved) =>
            closed(saved, 'Rate card created; it prices the production’s work from its start date.')
          }
        />
      )}
      {open?.kind === 'line' && ownCard && (
        <RateLineDialog
          rateCardId={ownCard.id}
          currency={ownCard.currency}
          roles={roles.filter(
            (r) => !ownCard.lines.some((l) => l.role.code === r.code) || r.code === open.draft.roleCode,
          )}
          initial={open.draft}
          onClose={(saved) => closed(saved, 'Rate saved.')}
        />
      )}
      {open?.kind === 'taskType' && (
        <TaskTypeDialog
          initial={open.draft}
          roles={roles}
          onClose={(saved) => closed(saved, 'Task type saved.')}
        />
      )}
      {open?.kind === 'bids' && (
        <BidsDialog
          taskType={taskTypes.find((t) => t.code === open.code)!}
          onClose={(saved) => closed(saved, 'Bid saved.')}
        />
      )}
      {open?.kind === 'role' && (
        <LabourRoleDialog onClose={(saved) => closed(saved, 'Labour role created.')} />
      )}
    </section>
  );
}
