import { useId, useState } from 'react';
import { useUpload } from '../../api/files';
import { ErrorState } from '../../ui/states';
import { TextField } from '../../ui/TextField';

/** The api's answer to POST /files/frames: the new folder (its frames are not needed here). */
interface UploadedFolder {
  id: string;
  name: string;
  firstFrame: number;
  lastFrame: number;
  frameCount: number;
  width: number;
  height: number;
}

/**
 * Frames from the operator's disk as a new frame folder (POST /files/frames). The api numbers
 * them from their names (plate.1001.png ...), refuses a hole in the numbering, an unreadable image
 * or a second size, and keeps nothing of a refused upload. With a production chosen the folder is
 * that production's (an operator scoped to productions can upload no other kind).
 */
export function UploadFrames({
  productionId,
  onUploaded,
}: {
  productionId?: string;
  onUploaded(folder: UploadedFolder): void;
}) {
  const id = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [name, setName] = useState('');
  const [uploaded, setUploaded] = useState<UploadedFolder>();
  const upload = useUpload<UploadedFolder>();

  const send = async () => {
    const form = new FormData();
    if (name.trim()) form.append('name', name.trim());
    for (const file of files) form.append('frames', file);
    const target = productionId ? `?productionId=${encodeURIComponent(productionId)}` : '';
    const folder = await upload.uploadForm(`/files/frames${target}`, form);
    if (folder) {
      setUploaded(folder);
      onUploaded(folder);
    }
  };

  return (
    <fieldset className="stack" aria-label="Upload frames">
      <legend>Or upload frames</legend>
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={id}>
            Frames
          </label>
          <input
            id={id}
            type="file"
            multiple
            accept="image/png,image/jpeg,image/tiff,image/webp"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
          <span className="field__hint">
            One image per frame, numbered in the name: plate.1001.png, plate.1002.png…
          </span>
        </div>
        <TextField
          label="Folder name"
          value={name}
          onChange={setName}
          hint="Optional; the sequence name otherwise."
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={!files.length || upload.busy}
          onClick={() => void send()}
        >
          {upload.busy ? 'Uploading…' : `Upload ${files.length || ''} frame${files.length === 1 ? '' : 's'}`}
        </button>
      </div>
      {upload.error && <ErrorState error={upload.error} />}
      {uploaded && !upload.error && (
        <p role="status" className="muted" data-testid="frames-uploaded">
          Uploaded {uploaded.name}: {uploaded.frameCount} frames {uploaded.firstFrame}–{uploaded.lastFrame},{' '}
          {uploaded.width}×{uploaded.height}. It is chosen as the frame folder.
        </p>
      )}
    </fieldset>
  );
}
