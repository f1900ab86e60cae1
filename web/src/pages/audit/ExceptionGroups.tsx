import type { PolicyExceptionCountsQuery } from '../../gql/graphql';
import { ErrorState } from '../../ui/states';
import type { ApiError } from '../../api/errors';

type Group = PolicyExceptionCountsQuery['policyExceptionCounts'][number];

/**
 * The register's table of contents: one row per production and rule with its counts, so a
 * reviewer sees "40 missing worker notices on one production" before reading any card.
 */
export function ExceptionGroups({
  groups,
  error,
  retry,
  ruleName,
  onPick,
}: {
  groups: readonly Group[] | undefined;
  error?: ApiError;
  retry(): void;
  ruleName(ruleId: string): string;
  onPick(group: Group): void;
}) {
  if (error) return <ErrorState error={error} retry={retry} />;
  if (!groups || groups.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="exception-groups">
        <caption className="visually-hidden">Exceptions by production and rule</caption>
        <thead>
          <tr>
            <th scope="col">Production</th>
            <th scope="col">Rule</th>
            <th scope="col" className="num">
              Open
            </th>
            <th scope="col" className="num">
              Not yet reviewed
            </th>
            <th scope="col" className="num">
              All
            </th>
            <th scope="col">
              <span className="visually-hidden">Show</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.productionId}-${g.ruleId}`}>
              <td>{g.productionCode}</td>
              <th scope="row">{ruleName(g.ruleId)}</th>
              <td className="num">{g.open}</td>
              <td className="num">{g.unreviewed}</td>
              <td className="num">{g.total}</td>
              <td>
                <button type="button" className="button" onClick={() => onPick(g)}>
                  Show these {g.total}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
