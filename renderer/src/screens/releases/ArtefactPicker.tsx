import { useId, useState } from 'react';
import type { ReleaseDetail } from '../../../../shared/api/releases-types';
import { messageOf } from '../../api/field-errors';
import { sha256OfFile } from '../../files/sha256';
import { useReleasesStore } from '../../stores/releases-store';

interface ArtefactPickerProps {
  release: ReleaseDetail;
  onSaved(message: string): void;
  onError(message: string): void;
}

const sizeWords = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);

/**
 * The archived artefacts with their SHA-256. Picked files are hashed here in the browser; only name,
 * digest and size go to the project, the files themselves stay in the archive location.
 */
export function ArtefactPicker({ release, onSaved, onError }: ArtefactPickerProps) {
  const addArtefact = useReleasesStore((state) => state.addArtefact);
  const removeArtefact = useReleasesStore((state) => state.removeArtefact);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const draft = release.status === 'draft';

  async function addFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    setBusy(true);
    try {
      for (const file of Array.from(files)) await addArtefact(file.name, await sha256OfFile(file), file.size);
      onSaved(`${files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files`} archived with SHA-256.`);
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: number, name: string) {
    setBusy(true);
    try {
      await removeArtefact(id);
      onSaved(`${name} removed from the release.`);
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>Archived artefacts</h3>
      {release.artefactList.length === 0 ? (
        <p className="muted">No file archived yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="artefact-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">SHA-256</th>
                <th scope="col">Size</th>
                {draft && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {release.artefactList.map((a) => (
                <tr key={a.id}>
                  <td>{a.name}</td>
                  <td>
                    <code className="digest">{a.sha256}</code>
                  </td>
                  <td>{sizeWords(a.sizeBytes)}</td>
                  {draft && (
                    <td>
                      <button type="button" className="button button-small" aria-disabled={busy || undefined} onClick={() => void (busy || remove(a.id, a.name))}>
                        Remove<span className="visually-hidden"> {a.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {draft && (
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            Add released files
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            className="input"
            disabled={busy}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => {
              const input = event.currentTarget;
              void addFiles(input.files).then(() => {
                input.value = '';
              });
            }}
          />
          <p id={`${inputId}-hint`} className="field-hint">
            Installers, packages, the SBOM: each file’s SHA-256 is computed on this computer and recorded with its name and size.
          </p>
        </div>
      )}
    </section>
  );
}
