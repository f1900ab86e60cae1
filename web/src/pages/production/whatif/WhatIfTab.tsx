import { useDeferredValue, useMemo, useState } from 'react';
import { formatMoney, minorUnitExponent } from '@frameledger/analytics';
import { useMutation } from '../../../api/hooks';
import { formatNumber, formatPercent } from '../../../format/numbers';
import type { TaskPath } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { FilterBar } from '../../../ui/FilterBar';
import { codeOptions, SelectField } from '../../../ui/SelectField';
import { Slider } from '../../../ui/Slider';
import { ErrorState, Loading } from '../../../ui/states';
import { TextField } from '../../../ui/TextField';
import { useNames } from '../../../ui/useNames';
import { FeasibilityView } from '../plan/FeasibilityView';
import { CreateScenarioMutation } from '../plan/plan.operations';
import { ScenarioPicker } from '../plan/ScenarioPicker';
import { useScenarioChoice } from '../plan/useScenarioChoice';
import { TASK_PATHS } from '@frameledger/analytics';
import type { PlanInputs } from './plan-inputs';
import { usePlanInputs } from './usePlanInputs';
import { WhatIfChanges } from './WhatIfChanges';
import { runWhatIf, type WhatIfAssumptions } from './what-if';

/** Sliders over the plan's assumptions; the verdict moves with them, computed in this browser. */
export function WhatIfTab({ productionId }: { productionId: string }) {
  const choice = useScenarioChoice(productionId);
  const { inputs, error } = usePlanInputs(productionId);

  return (
    <section aria-labelledby="whatif-title" className="stack">
      <h2 id="whatif-title" className="visually-hidden">
        What-ifs
      </h2>
      <FilterBar label="Start from">
        <ScenarioPicker scenarios={choice.scenarios} value={choice.value} onChange={choice.choose} />
      </FilterBar>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!inputs && !error && <Loading what="the plan’s tasks and rates" />}
      {inputs && choice.ready && (
        <WhatIfPanel
          key={choice.value}
          productionId={productionId}
          inputs={inputs}
          start={startingPoint(inputs, choice.scenario?.assumptions)}
          onSaved={(id) => {
            choice.refetch();
            choice.choose(id);
          }}
        />
      )}
    </section>
  );
}

/** The sliders where a scenario (or the tasks as planned, with the defaults a new scenario has) leaves them. */
function startingPoint(
  inputs: PlanInputs,
  s:
    | {
        pathByTaskType: { taskTypeCode: string; path: TaskPath }[];
        aiReviewHoursPerTask?: number | null;
        reworkRatePercent: number;
        gpuSecondsPerFrame: number;
        gpuDeviceClass: string;
        gpuPricePerHour?: { amountMinor: string; currency: string } | null;
        gpuCount: number;
        headcounts: { roleCode: string; people: number }[];
        contingencyPercent: number;
        hoursPerWeek: number;
      }
    | undefined,
): WhatIfAssumptions {
  const price =
    s?.gpuPricePerHour && s.gpuPricePerHour.currency === inputs.currency
      ? BigInt(s.gpuPricePerHour.amountMinor)
      : (inputs.gpuPrice(s?.gpuDeviceClass ?? 'L4')?.amountMinor ?? 0n);
  return {
    pathByTaskType: Object.fromEntries(s?.pathByTaskType.map((p) => [p.taskTypeCode, p.path]) ?? []),
    aiReviewHoursPerTask: s?.aiReviewHoursPerTask ?? null,
    reworkRatePercent: s?.reworkRatePercent ?? 0,
    gpuSecondsPerFrame: s?.gpuSecondsPerFrame ?? 2,
    gpuPricePerHourMinor: price,
    gpuCount: s?.gpuCount ?? 1,
    headcount: Object.fromEntries(s?.headcounts.map((h) => [h.roleCode, h.people]) ?? []),
    contingencyPercent: s?.contingencyPercent ?? 10,
    hoursPerWeek: s?.hoursPerWeek ?? 40,
  };
}

function WhatIfPanel({
  productionId,
  inputs,
  start,
  onSaved,
}: {
  productionId: string;
  inputs: PlanInputs;
  start: WhatIfAssumptions;
  onSaved(id: string): void;
}) {
  const [a, setA] = useState(start);
  const deferred = useDeferredValue(a);
  const result = useMemo(() => runWhatIf(inputs, deferred), [inputs, deferred]);
  // The plan the page opened with, worked out once: every headline figure shows its change against it.
  const [opening] = useState(start);
  const starting = useMemo(() => runWhatIf(inputs, opening), [inputs, opening]);
  const names = useNames();
  const set = <K extends keyof WhatIfAssumptions>(key: K, value: WhatIfAssumptions[K]) =>
    setA((x) => ({ ...x, [key]: value }));
  const taskTypes = useMemo(
    () =>
      [...new Map(inputs.tasks.map((t) => [t.taskTypeCode, t.taskTypeName])).entries()].sort((x, y) =>
        x[1].localeCompare(y[1]),
      ),
    [inputs],
  );
  const roles = useMemo(
    () => [...new Set(inputs.tasks.filter((t) => t.remaining).map((t) => t.roleCode))].sort(),
    [inputs],
  );
  const digits = minorUnitExponent(inputs.currency);
  const priceMajor = Number(a.gpuPricePerHourMinor) / 10 ** digits;
  const startMajor = Number(start.gpuPricePerHourMinor) / 10 ** digits;
  const money = (minor: bigint) =>
    formatMoney({ amountMinor: minor, currency: inputs.currency }, navigator.language);

  return (
    <div className="whatif">
      <form
        className="card whatif__controls"
        aria-label="What-if assumptions"
        onSubmit={(e) => e.preventDefault()}
      >
        <h3>Paths by task type</h3>
        <div className="form-grid form-grid--tight">
          {taskTypes.map(([code, name]) => (
            <SelectField
              key={code}
              label={name}
              value={a.pathByTaskType[code] ?? ''}
              allLabel="As each task says"
              options={codeOptions(TASK_PATHS)}
              onChange={(v) => {
                const next = { ...a.pathByTaskType };
                if (v) next[code] = v as TaskPath;
                else delete next[code];
                set('pathByTaskType', next);
              }}
            />
          ))}
        </div>
        <h3>AI work</h3>
        <Slider
          label="AI review hours per task"
          value={a.aiReviewHoursPerTask ?? -1}
          min={-1}
          max={40}
          step={0.5}
          display={
            a.aiReviewHoursPerTask === null
              ? 'as each task plans'
              : `${formatNumber(a.aiReviewHoursPerTask, 1)} h`
          }
          onChange={(v) => set('aiReviewHoursPerTask', v < 0 ? null : v)}
        />
        <Slider
          label="Rework rate on AI-assisted tasks"
          value={a.reworkRatePercent}
          min={0}
          max={100}
          step={5}
          display={`${a.reworkRatePercent}% of the bid`}
          onChange={(v) => set('reworkRatePercent', v)}
        />
        <Slider
          label="GPU price per hour"
          value={priceMajor}
          min={0}
          max={Math.max(10, startMajor * 5)}
          step={Math.max(0.01, Math.round(startMajor / 20) || 0.01)}
          display={`${money(a.gpuPricePerHourMinor)} an hour`}
          onChange={(v) => set('gpuPricePerHourMinor', BigInt(Math.round(v * 10 ** digits)))}
        />
        <Slider
          label="GPU seconds per frame"
          value={a.gpuSecondsPerFrame}
          min={0}
          max={120}
          step={1}
          display={`${a.gpuSecondsPerFrame} s`}
          onChange={(v) => set('gpuSecondsPerFrame', v)}
        />
        <Slider
          label="GPUs"
          value={a.gpuCount}
          min={1}
          max={32}
          step={1}
          display={String(a.gpuCount)}
          onChange={(v) => set('gpuCount', v)}
        />
        <h3>People</h3>
        {roles.map((role) => (
          <Slider
            key={role}
            label={names.role(role)}
            value={a.headcount[role] ?? 0}
            min={0}
            max={40}
            step={1}
            display={`${a.headcount[role] ?? 0} people`}
            onChange={(v) => set('headcount', { ...a.headcount, [role]: v })}
          />
        ))}
        <Slider
          label="Hours a week"
          value={a.hoursPerWeek}
          min={20}
          max={60}
          step={1}
          display={`${a.hoursPerWeek} h`}
          onChange={(v) => set('hoursPerWeek', v)}
        />
        <Slider
          label="Contingency"
          value={a.contingencyPercent}
          min={0}
          max={40}
          step={1}
          display={`${a.contingencyPercent}%`}
          onChange={(v) => set('contingencyPercent', v)}
        />
        <button type="button" className="button" onClick={() => setA(start)}>
          Reset to the starting plan
        </button>
      </form>
      <div className="stack whatif__result">
        <WhatIfChanges now={result} start={starting} />
        <section className="card" aria-labelledby="whatif-result" aria-live="polite">
          <h3 id="whatif-result">
            Under these assumptions <Badge tone="info">computed in your browser</Badge>
          </h3>
          {'error' in result ? (
            <p className="form-error">{result.error}</p>
          ) : (
            <>
              <FeasibilityView figures={result.figures} />
              <p>
                AI share of tasks: <strong>{formatPercent(result.aiShare)}</strong>.{' '}
                {result.probabilityWithinBudget !== null && (
                  <span data-testid="whatif-probability">
                    Chance within budget: <strong>{formatPercent(result.probabilityWithinBudget)}</strong>{' '}
                    (10,000 seeded draws).
                  </span>
                )}
              </p>
            </>
          )}
          {inputs.unbid.length > 0 && (
            <p className="muted">{inputs.unbid.length} task(s) have no bid and count as 0 h.</p>
          )}
        </section>
        <SaveScenario
          productionId={productionId}
          currency={inputs.currency}
          assumptions={a}
          onSaved={onSaved}
        />
      </div>
    </div>
  );
}

function SaveScenario({
  productionId,
  currency,
  assumptions: a,
  onSaved,
}: {
  productionId: string;
  currency: string;
  assumptions: WhatIfAssumptions;
  onSaved(id: string): void;
}) {
  const [name, setName] = useState('');
  const save = useMutation(CreateScenarioMutation);
  const submit = async () => {
    const answer = await save.run({
      input: {
        productionId,
        name: name.trim(),
        assumptions: {
          pathByTaskType: Object.entries(a.pathByTaskType).map(([taskTypeCode, path]) => ({
            taskTypeCode,
            path,
          })),
          aiReviewHoursPerTask: a.aiReviewHoursPerTask,
          reworkRatePercent: a.reworkRatePercent,
          gpuSecondsPerFrame: a.gpuSecondsPerFrame,
          gpuPriceCurrency: currency,
          gpuPricePerHourMinor: a.gpuPricePerHourMinor.toString(),
          gpuCount: a.gpuCount,
          headcounts: Object.entries(a.headcount).map(([roleCode, people]) => ({ roleCode, people })),
          contingencyPercent: a.contingencyPercent,
          hoursPerWeek: a.hoursPerWeek,
        },
      },
    });
    if (answer) onSaved(answer.createScenario.id);
  };
  return (
    <section className="card stack" aria-labelledby="save-scenario">
      <h3 id="save-scenario">Save as a scenario</h3>
      <p className="muted">The server then prices it exactly in the plan, risk and frontier reports.</p>
      <div className="inline-form">
        <div className="field--grow">
          <TextField
            label="Scenario name"
            value={name}
            onChange={setName}
            placeholder="e.g. Roto AI-assisted, 4 GPUs"
          />
        </div>
        <button
          type="button"
          className="button button--primary"
          disabled={!name.trim() || save.running}
          onClick={() => void submit()}
        >
          {save.running ? 'Saving…' : 'Save scenario'}
        </button>
      </div>
      {save.error && <ErrorState error={save.error} />}
    </section>
  );
}
