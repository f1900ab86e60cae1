import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal on the native <dialog>: focus moves into it and stays there, Escape closes it, and the
 * page behind is inert, without any script of ours to get wrong.
 */
export function Dialog({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        // A file input's "cancel" (its picker closed on the same file) bubbles here: only the
        // dialog's own cancel, Escape, closes it.
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </header>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
