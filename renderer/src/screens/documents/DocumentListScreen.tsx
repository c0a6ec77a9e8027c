import { useEffect, useState } from 'react';
import { STATE_LABELS, DOCUMENT_STATES } from '../../../../shared/documents/control';
import { messageOf } from '../../api/field-errors';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useDocumentsStore } from '../../stores/documents-store';
import { useSessionStore } from '../../stores/session-store';
import { DEFAULT_DOCUMENT_SORT, EMPTY_DOCUMENT_FILTER, visibleDocuments, type DocumentFilter, type StateFilter } from './document-list-view';
import { DocumentTable } from './DocumentTable';
import { NewDocumentDialog } from './NewDocumentDialog';
import { TechnicalFileDialog } from './TechnicalFileDialog';
import { TechnicalFileIndexCard } from './TechnicalFileIndexCard';
import { VerifyPdfCard } from './VerifyPdfCard';
import { AUTHOR_ONLY, mayAuthor } from './workflow-view';
import { ScreenMessages } from '../../components/ScreenMessages';

const STATE_OPTIONS = [
  { value: '', label: 'Any' },
  ...DOCUMENT_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] })),
  { value: 'changed', label: 'Changed since approved' },
];

type OpenDialog = 'new' | 'technical-file' | null;

/** Every controlled document, the technical file export and the check of a PDF that came back. */
export function DocumentListScreen() {
  const items = useDocumentsStore((state) => state.items);
  const loadList = useDocumentsStore((state) => state.loadList);
  const user = useSessionStore((state) => state.status?.user);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [filter, setFilter] = useState<DocumentFilter>(EMPTY_DOCUMENT_FILTER);
  const [sort, setSort] = useState(DEFAULT_DOCUMENT_SORT);
  const [dialog, setDialog] = useState<OpenDialog>(null);

  useEffect(() => {
    loadList().catch((caught: unknown) => setError(messageOf(caught)));
  }, [loadList]);

  const shown = items ? visibleDocuments(items, filter, sort) : [];
  const approvedCount = items?.filter((d) => d.approvals.some((a) => a.meaning === 'approved')).length ?? 0;
  const mayCreate = user !== undefined && user !== null && mayAuthor(user);

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Documents</h1>
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-disabled={approvedCount === 0 || undefined}
            aria-describedby={approvedCount === 0 ? 'technical-file-reason' : undefined}
            onClick={() => approvedCount > 0 && setDialog('technical-file')}
          >
            Export technical file…
          </button>
          <button
            type="button"
            className="button button-primary"
            aria-disabled={!mayCreate || undefined}
            aria-describedby={mayCreate ? undefined : 'new-document-reason'}
            onClick={() => mayCreate && setDialog('new')}
          >
            New document…
          </button>
        </div>
      </div>
      {(approvedCount === 0 || !mayCreate) && (
        <p className="muted small action-reasons">
          {approvedCount === 0 && items && <span id="technical-file-reason">The technical file needs at least one approved document. </span>}
          {!mayCreate && <span id="new-document-reason">New documents: {AUTHOR_ONLY.toLowerCase()}</span>}
        </p>
      )}
      <ScreenMessages error={error} notice={notice} />
      <section className="card" aria-labelledby="documents-title">
        <div className="card-header">
          <h2 id="documents-title">Controlled documents</h2>
          {items && (
            <span className="muted small" aria-live="polite">
              {shown.length === items.length ? `${items.length} documents` : `${shown.length} of ${items.length} documents`}
            </span>
          )}
        </div>
        <form className="list-filters" role="search" aria-label="Filter the documents" onSubmit={(event) => event.preventDefault()}>
          <TextField
            label="Search ID, title or person"
            type="search"
            className="field-text"
            name="text"
            value={filter.text}
            error={undefined}
            onChange={(text) => setFilter({ ...filter, text })}
          />
          <SelectField
            label="State"
            options={STATE_OPTIONS}
            className="field-compact"
            name="state"
            value={filter.state}
            error={undefined}
            onChange={(state) => setFilter({ ...filter, state: state as StateFilter })}
          />
        </form>
        {!items ? (
          !error && <p className="muted">Loading…</p>
        ) : items.length === 0 ? (
          <p className="muted">No documents yet. Start with the project summary: “New document…”.</p>
        ) : shown.length === 0 ? (
          <p className="muted">No document matches these filters.</p>
        ) : (
          <DocumentTable items={shown} sort={sort} onSort={setSort} />
        )}
      </section>
      <TechnicalFileIndexCard mayEdit={mayCreate} />
      <VerifyPdfCard />
      {dialog === 'new' && items && <NewDocumentDialog items={items} onClose={() => setDialog(null)} />}
      {dialog === 'technical-file' && (
        <TechnicalFileDialog
          onClose={() => setDialog(null)}
          onDone={(text) => {
            setDialog(null);
            setNotice(text);
          }}
        />
      )}
    </>
  );
}
