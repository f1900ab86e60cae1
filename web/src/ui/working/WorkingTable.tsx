import { formatNumber } from '../../format/numbers';
import type { WorkingFieldsFragment } from '../../gql/graphql';
import { MoneyText } from '../MoneyText';
import { codeToWords } from '../words';

/** The lines a figure adds up from, each with its quantity, rate, amount and the records behind it. */
export function WorkingTable({ working }: { working: WorkingFieldsFragment }) {
  const lines = working.lines.edges.map((e) => e.node);
  return (
    <div className="stack" data-testid="working">
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Working lines</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col" className="num">
                Rate
              </th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={i}>
                <td className="wrap-wide">{line.label}</td>
                <td className="num">
                  {line.quantity === null || line.quantity === undefined
                    ? '—'
                    : `${formatNumber(line.quantity, 2)}${line.unit ? ` ${line.unit}` : ''}`}
                </td>
                <td className="num">{line.rate ? <MoneyText money={line.rate} /> : '—'}</td>
                <td className="num">{line.amount ? <MoneyText money={line.amount} /> : '—'}</td>
                <td>
                  {line.refs.totalCount === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <details>
                      <summary>
                        {line.refs.totalCount} {kindLabel(line.refs.nodes[0]?.kind, line.refs.totalCount)}
                      </summary>
                      <ul className="refs">
                        {line.refs.nodes.map((r) => (
                          <li key={r.id} title={`${codeToWords(r.kind)} ${r.id}`}>
                            {r.name}
                          </li>
                        ))}
                        {line.refs.totalCount > line.refs.nodes.length && (
                          <li className="muted">…and {line.refs.totalCount - line.refs.nodes.length} more</li>
                        )}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {working.lines.totalCount > lines.length && (
        <p className="muted">
          Showing the first {lines.length} of {working.lines.totalCount} lines.
        </p>
      )}
      {working.note && <p className="muted">{working.note}</p>}
    </div>
  );
}

function kindLabel(kind: string | undefined, count: number): string {
  const word = kind === 'TIME_ENTRY' ? 'time entr' : kind === 'AI_RUN' ? 'AI run' : 'task';
  if (kind === 'TIME_ENTRY') return count === 1 ? `${word}y` : `${word}ies`;
  return count === 1 ? word : `${word}s`;
}
