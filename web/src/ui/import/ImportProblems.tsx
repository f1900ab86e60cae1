import { Badge } from '../Badge';

export interface ImportProblem {
  line: number;
  field?: string | null;
  message: string;
  suggestion?: string | null;
}

/** The dry run's verdict: a badge with the count of problems, then what the file would do. */
export function DryRunVerdict({ problems, children }: { problems: number; children: React.ReactNode }) {
  return (
    <p role="status">
      <Badge tone={problems ? 'bad' : 'good'}>
        {problems ? `${problems} problem${problems === 1 ? '' : 's'}` : 'No problems'}
      </Badge>{' '}
      {children}
    </p>
  );
}

/** Every problem of a dry run by line, with the fix the api suggests where it has one. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>Fix these lines in the file, then check again; nothing was written.</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((e, i) => (
            <tr key={i}>
              <td className="num">{e.line}</td>
              <td className="code">{e.field ?? '—'}</td>
              <td>
                {e.message}
                {e.suggestion && <div className="import-suggestion">{e.suggestion}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
