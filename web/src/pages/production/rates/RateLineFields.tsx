import { parseMajorAmount } from '@frameledger/analytics';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { readAmount } from './form-errors';

/** One role's rate as typed: amounts in major units of the card's currency. */
export interface LineDraft {
  roleCode: string;
  hourlyRate: string;
  fringePercent: string;
  flatFringe: string;
}

export const emptyLine = (roleCode = ''): LineDraft => ({
  roleCode,
  hourlyRate: '',
  fringePercent: '0',
  flatFringe: '0',
});

/** A typed line as the api's input, or the first sentence saying what to fix. */
export function lineInput(draft: LineDraft, currency: string) {
  const hourly = readAmount(() => parseMajorAmount(draft.hourlyRate, currency, 'hourlyRate'));
  const flat = readAmount(() => parseMajorAmount(draft.flatFringe || '0', currency, 'flatFringe'));
  const percent = Number(draft.fringePercent || '0');
  const percentProblem =
    Number.isFinite(percent) && percent >= 0 && percent <= 200
      ? undefined
      : 'The percent fringe is 0 to 200 (20 means 20%).';
  const problems = {
    roleCode: draft.roleCode ? undefined : 'Pick the role this rate is for.',
    hourlyRate: hourly.problem,
    fringePercent: percentProblem,
    flatFringe: flat.problem,
  };
  if (hourly.minor === undefined || flat.minor === undefined || percentProblem || !draft.roleCode) {
    return { problems };
  }
  return {
    problems,
    input: {
      roleCode: draft.roleCode,
      hourlyRateMinor: hourly.minor.toString(),
      fringePercent: percent,
      flatFringeMinor: flat.minor.toString(),
    },
  };
}

/** The fields of one line; `apiField` gives the api's sentence for a field of this line. */
export function RateLineFields({
  draft,
  currency,
  roles,
  onChange,
  showProblems,
  apiField,
  roleLocked = false,
}: {
  draft: LineDraft;
  currency: string;
  roles: { code: string; name: string }[];
  onChange(draft: LineDraft): void;
  showProblems: boolean;
  apiField(name: string): string | undefined;
  roleLocked?: boolean;
}) {
  const { problems } = lineInput(draft, currency);
  const shown = (name: keyof LineDraft) => (showProblems ? problems[name] : undefined) ?? apiField(name);
  return (
    <>
      <SelectField
        label="Role"
        value={draft.roleCode}
        onChange={(roleCode) => onChange({ ...draft, roleCode })}
        allLabel="Choose a role"
        options={roles.map((r) => ({ value: r.code, label: r.name }))}
        disabled={roleLocked}
        error={shown('roleCode')}
      />
      <TextField
        label={`Hourly rate (${currency})`}
        inputMode="decimal"
        value={draft.hourlyRate}
        onChange={(hourlyRate) => onChange({ ...draft, hourlyRate })}
        error={shown('hourlyRate') ?? apiField('hourlyRateMinor')}
      />
      <TextField
        label="Fringe (%)"
        inputMode="decimal"
        value={draft.fringePercent}
        onChange={(fringePercent) => onChange({ ...draft, fringePercent })}
        error={shown('fringePercent')}
      />
      <TextField
        label={`Flat fringe an hour (${currency})`}
        inputMode="decimal"
        value={draft.flatFringe}
        onChange={(flatFringe) => onChange({ ...draft, flatFringe })}
        error={shown('flatFringe') ?? apiField('flatFringeMinor')}
      />
    </>
  );
}
