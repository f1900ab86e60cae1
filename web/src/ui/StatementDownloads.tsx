import { queryString } from '../api/files';
import { DownloadButton } from './DownloadButton';

/**
 * The production's signed AI disclosure statement: the PDF to read, the JSON that verifies
 * against the audit key. Each download is generated afresh and audited.
 */
export function StatementDownloads({ productionId }: { productionId: string }) {
  const path = (ext: string) =>
    `/files/governance/disclosure-statement.${ext}${queryString({ productionId })}`;
  return (
    <>
      <DownloadButton
        path={path('pdf')}
        fileName="frameledger-disclosure-statement.pdf"
        label="Disclosure statement (PDF)"
      />
      <DownloadButton
        path={path('json')}
        fileName="frameledger-disclosure-statement.json"
        label="Signed statement (JSON)"
      />
    </>
  );
}
