/**
 * The two steps of an import: "Check (dry run)" while a file is chosen, and the import itself only
 * for the file (and options) the last dry run passed; says what to do when neither applies.
 */
export function ImportActions({
  hasFile,
  blocked = false,
  running,
  checked,
  canCommit,
  importLabel,
  stale,
  changed = 'The file',
  onCheck,
  onCommit,
}: {
  hasFile: boolean;
  /** The form has a problem of its own to fix first. */
  blocked?: boolean;
  running: boolean;
  /** A dry run of exactly this file and these options is on screen. */
  checked: boolean;
  canCommit: boolean;
  /** "Import 2 entries (5.5 h)": what the import would write. */
  importLabel: string;
  /** The file or options changed since the last dry run. */
  stale: boolean;
  /** What may have changed, for the stale message. */
  changed?: string;
  onCheck(): void;
  onCommit(): void;
}) {
  return (
    <>
      <div className="actions">
        <button type="button" className="button" onClick={onCheck} disabled={!hasFile || blocked || running}>
          {running && !checked ? 'Checking…' : 'Check (dry run)'}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={onCommit}
          disabled={!canCommit || blocked || running}
        >
          {importLabel}
        </button>
      </div>
      {!hasFile && (
        <p className="muted">Choose a file, then check it: nothing is written until you import.</p>
      )}
      {stale && <p className="muted">{changed} changed: check again before importing.</p>}
    </>
  );
}
