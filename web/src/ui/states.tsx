import type { ReactNode } from 'react';
import type { ApiError } from '../api/errors';

/** Shown while data is on its way; announced politely to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

/** The server's sentence, what to do next, and a retry when one makes sense. */
export function ErrorState({ error, retry }: { error: ApiError; retry?: () => void }) {
  return (
    <div className="state state--error" role="alert">
      <p>{error.message}</p>
      {error.code === 'FORBIDDEN' && <p>Your role cannot see this; ask an admin if you need it.</p>}
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** An empty list says why it is empty and what would fill it. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}
