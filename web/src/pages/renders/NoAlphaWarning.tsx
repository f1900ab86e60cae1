/**
 * Said while the operator can still choose: the model reads each frame's alpha channel as its
 * mask and `frame` was uploaded without one.
 */
export function NoAlphaWarning({ frame }: { frame: number }) {
  return (
    <div className="state state--warning" role="status" data-testid="no-alpha">
      <p>
        This model reads each frame’s alpha channel as its mask, and some chosen frames have none (the first
        is frame {frame}), so the job would be refused. Upload the frames with the mask in their alpha
        channel, or choose frames that have one.
      </p>
    </div>
  );
}
