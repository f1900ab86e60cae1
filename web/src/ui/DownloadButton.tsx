import { useDownload } from '../api/files';
import { ErrorState } from './states';

/** A button that downloads a file from the api with the session's token, and says why when it cannot. */
export function DownloadButton({
  path,
  fileName,
  label,
  primary = false,
}: {
  path: string;
  fileName: string;
  label: string;
  primary?: boolean;
}) {
  const file = useDownload();
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        disabled={file.busy}
        onClick={() => void file.download(path, fileName)}
      >
        {file.busy ? 'Preparing…' : label}
      </button>
      {file.error && <ErrorState error={file.error} />}
    </>
  );
}
