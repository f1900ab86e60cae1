import { useId, useState } from 'react';
import { useFileUrl } from '../../api/useFileUrl';

/**
 * The input frame and the model's output stacked, with a slider that wipes between them (arrow keys
 * move it too). Left of the line is before, right is after. A mask or matte output is shown, unless
 * the operator asks for it bare, as a tint over the plate: white (inside) tints, black leaves the
 * plate as it is, so what the model found is seen where it lies.
 */
export function WipeViewer({
  beforeFileId,
  afterFileId,
  width,
  height,
  label,
  mask = false,
}: {
  beforeFileId?: string;
  afterFileId: string;
  width: number;
  height: number;
  label: string;
  /** The output is a 1-channel mask or matte. */
  mask?: boolean;
}) {
  const id = useId();
  const [position, setPosition] = useState(50);
  const [overlay, setOverlay] = useState(true);
  const before = useFileUrl(beforeFileId);
  const after = useFileUrl(afterFileId);
  const tinted = mask && overlay && Boolean(before.url);
  return (
    <figure className="wipe" data-testid="wipe">
      <div className="wipe__stage" style={{ aspectRatio: `${width} / ${height}` }}>
        {before.url ? (
          <img className="wipe__img" src={before.url} alt={`Before: ${label}`} />
        ) : (
          <div className="wipe__missing">
            {beforeFileId ? 'Loading the input frame…' : 'The input frame is not in a frame folder any more.'}
          </div>
        )}
        {after.url && tinted && (
          <div
            className="wipe__img wipe__img--after"
            role="img"
            aria-label={`After: ${label}, the mask over the plate`}
            style={{ clipPath: `inset(0 0 0 ${position}%)` }}
          >
            <img className="wipe__img" src={before.url} alt="" />
            <div className="wipe__mask" style={{ maskImage: `url(${after.url})` }} />
          </div>
        )}
        {after.url && !tinted && (
          <img
            className="wipe__img wipe__img--after"
            src={after.url}
            alt={`After: ${label}`}
            style={{ clipPath: `inset(0 0 0 ${position}%)` }}
          />
        )}
        <div className="wipe__line" style={{ left: `${position}%` }} aria-hidden="true" />
        <span className="wipe__tag wipe__tag--before">Before</span>
        <span className="wipe__tag wipe__tag--after">After</span>
      </div>
      <label className="wipe__control" htmlFor={id}>
        <span className="field__label">Wipe between before and after</span>
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          value={position}
          onChange={(e) => setPosition(Number(e.target.value))}
        />
      </label>
      {mask && (
        <label className="field field--check">
          <input type="checkbox" checked={overlay} onChange={(e) => setOverlay(e.target.checked)} />
          Show the mask over the plate
        </label>
      )}
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
