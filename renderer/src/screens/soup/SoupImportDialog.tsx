import { useState } from 'react';
import type { SoupImportPreview, SoupImportResult } from '../../../../shared/api/soup-types';
import { plural } from '../../../../shared/domain/words';
import { platformGroupText } from '../../../../shared/soup/shipped';
import { api } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { Dialog } from '../../components/Dialog';
import { ScreenMessages } from '../../components/ScreenMessages';

type Step = { kind: 'file' } | { kind: 'diff'; content: string; preview: SoupImportPreview } | { kind: 'done'; result: SoupImportResult };

const SHOWN = 50;

function DiffList<T>({ title, rows, text }: { title: string; rows: T[]; text: (row: T) => string }) {
  if (rows.length === 0) return null;
  return (
    <section className="soup-diff">
      <h3>
        {title} ({rows.length})
      </h3>
      <ul>
        {rows.slice(0, SHOWN).map((row, i) => (
          <li key={i}>{text(row)}</li>
        ))}
        {rows.length > SHOWN && <li className="muted">and {rows.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}

/**
 * Choose a lockfile or SBOM, see what it would change against the SOUP imported from the same source
 * (added, version changed, removed), and accept the whole difference as one change.
 */
export function SoupImportDialog({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { error, busy, run } = useAction();

  const preview = () =>
    run(async () => {
      if (!file) throw new Error('Choose a file first.');
      const content = await file.text();
      setStep({ kind: 'diff', content, preview: await api('soup.previewImport', { content, source: source.trim() || file.name }) });
    });
  const accept = () =>
    run(async () => {
      if (step.kind !== 'diff') return;
      const result = await api('soup.applyImport', { content: step.content, source: step.preview.source, token: step.preview.token });
      setStep({ kind: 'done', result });
      onImported();
    });

  return (
    <Dialog
      title="Import SOUP"
      description="package-lock.json, yarn.lock, pnpm-lock.yaml, requirements.txt, poetry.lock, CycloneDX or SPDX JSON: the format is recognised from the content."
      onClose={onClose}
      wide
    >
      {step.kind === 'file' && (
        <>
          <div className="field">
            <label className="field-label" htmlFor="soup-import-file">
              Dependency file
            </label>
            <input
              id="soup-import-file"
              type="file"
              disabled={busy}
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setFile(chosen);
                if (chosen && !source) setSource(chosen.name);
              }}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor="soup-import-source">
              Source name
            </label>
            <input id="soup-import-source" className="input" value={source} onChange={(e) => setSource(e.target.value)} aria-describedby="soup-import-source-hint" />
            <p id="soup-import-source-hint" className="field-hint">
              A re-import compares against the SOUP imported under the same name, e.g. app/package-lock.json.
            </p>
          </div>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy || !file} onClick={() => void preview()}>
              Show the changes
            </button>
          </div>
        </>
      )}
      {step.kind === 'diff' && (
        <>
          <p>
            {step.preview.formatLabel} as “{step.preview.source}”: {step.preview.added.length} to add, {step.preview.versionChanged.length} version changes,{' '}
            {step.preview.removed.length} to remove, {step.preview.unchanged} unchanged. Not SOUP, so skipped: {plural(step.preview.skippedDev, 'development-only package')} and{' '}
            {plural(step.preview.skippedTypes, 'package')} of type declarations only.
          </p>
          <DiffList
            title="Added"
            rows={step.preview.added}
            text={(a) => `${a.name} ${a.version}${a.direct ? '' : ' (transitive)'}${a.platform ? ` (built for ${a.platform} only)` : ''}`}
          />
          <DiffList title="Platform builds grouped under their package" rows={step.preview.platformGroups} text={platformGroupText} />
          <DiffList title="Version changed" rows={step.preview.versionChanged} text={(c) => `${c.humanId} ${c.name}: ${c.from} → ${c.to} (links become suspect)`} />
          <DiffList title="Removed" rows={step.preview.removed} text={(r) => `${r.humanId} ${r.name} ${r.version} (kept on record as removed)`} />
          <DiffList title="Notes" rows={step.preview.notes} text={(n) => n} />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void accept()}>
              Accept these changes
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'file' })}>
              Back
            </button>
          </div>
        </>
      )}
      <ScreenMessages
        error={error}
        notice={
          step.kind === 'done'
            ? `Imported ${step.result.source}: ${step.result.added} added, ${step.result.updated} updated, ${step.result.removed} removed, ${step.result.unchanged} unchanged, ${step.result.skipped + step.result.skippedTypes} skipped, ${step.result.groupedPlatform} platform builds grouped.`
            : null
        }
      />
    </Dialog>
  );
}
