/** A labelled progress bar that screen readers read as "7 of 12 frames". */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={`${done} of ${total} frames`}
    >
      <div className="progress__bar" style={{ width: `${share * 100}%` }} />
    </div>
  );
}
