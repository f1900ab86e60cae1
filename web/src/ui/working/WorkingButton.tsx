import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api/errors';
import type { WorkingFieldsFragment } from '../../gql/graphql';
import { Dialog } from '../Dialog';
import { ErrorState, Loading } from '../states';
import { WorkingTable } from './WorkingTable';

/**
 * A figure that opens its working: the figure is the button, so every number on a report can be
 * followed to the rates, hours and records it was made from. The working loads when opened.
 */
export function WorkingButton({
  title,
  load,
  children,
}: {
  title: string;
  load(): Promise<WorkingFieldsFragment | undefined>;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [working, setWorking] = useState<WorkingFieldsFragment | null>();
  const [error, setError] = useState<ApiError>();

  const show = () => {
    setOpen(true);
    if (working !== undefined) return;
    load()
      .then((w) => setWorking(w ?? null))
      .catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError([])));
  };
  return (
    <>
      <button type="button" className="figure-button" onClick={show} title={`Show the working of ${title}`}>
        {children}
      </button>
      {open && (
        <Dialog title={`Working: ${title}`} onClose={() => setOpen(false)} wide>
          {error && <ErrorState error={error} />}
          {!error && working === undefined && <Loading what="the working" />}
          {working === null && <p>No working is recorded for this figure.</p>}
          {working && <WorkingTable working={working} />}
        </Dialog>
      )}
    </>
  );
}
