import { queryString } from '../api/files';
import { DownloadButton } from './DownloadButton';

const FORMATS = ['csv', 'xlsx'] as const;

/**
 * CSV and XLSX downloads of a report from /files/reports/ (api/src/reports/export), with the same
 * filters as the page shows, so the spreadsheet carries the page's figures and its totals row.
 */
export function ExportButtons({
  report,
  query,
  what,
}: {
  /** The report's file name on the api: cost-report, bid-vs-actual, breakdown, labour-impact. */
  report: string;
  query: Record<string, string | undefined>;
  /** What the files hold, for the group's accessible name ("the cost report"). */
  what: string;
}) {
  return (
    <div className="actions" role="group" aria-label={`Download ${what}`}>
      {FORMATS.map((format) => (
        <DownloadButton
          key={format}
          path={`/files/reports/${report}.${format}${queryString(query)}`}
          fileName={`${report}.${format}`}
          label={`Download ${format.toUpperCase()}`}
        />
      ))}
    </div>
  );
}
