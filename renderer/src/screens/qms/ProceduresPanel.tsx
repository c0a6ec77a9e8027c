import { plural } from '../../../../shared/domain/words';
import { useState } from 'react';
import type { QmsOverview } from '../../../../shared/api/qms-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { downloadBase64Pdf } from '../../files/download';
import { naturalKey } from '../../grid/natural-key';
import { useNavStore } from '../../stores/nav-store';
import { useQmsStore } from '../../stores/qms-store';
import { documentWords } from './qms-words';
import { ProcedureEditor } from './ProcedureEditor';

interface ProceduresPanelProps {
  overview: QmsOverview;
  onSaved(message: string): void;
  onError(message: string): void;
}

type Procedure = QmsOverview['procedures'][number];

/** The procedure set's columns; each row can open its sections for editing and, once it has one, its document. */
function procedureColumns(edit: (p: Procedure) => void, open: (p: Procedure) => void): DataColumn<Procedure>[] {
  return [
    { id: 'key', header: 'ID', className: 'mono', sortValue: (p) => naturalKey(p.key), cell: (p) => p.key },
    { id: 'title', header: 'Procedure', rowHeader: true, sortValue: (p) => p.title.toLowerCase(), cell: (p) => p.title },
    { id: 'clauses', header: 'Clauses', className: 'small', cell: (p) => p.clauses.join(', ') },
    { id: 'edited', header: 'Sections edited', sortValue: (p) => p.editedSections, cell: (p) => `${p.editedSections} of ${p.sectionCount}` },
    {
      id: 'document',
      header: 'Document',
      cell: (p) => (
        <>
          {p.needed ? documentWords(p.document) : 'Not needed: its clauses are out of scope'}
          {p.document?.changedSinceApproved && <span className="badge badge-danger">changed since approval</span>}
        </>
      ),
    },
    {
      id: 'actions',
      header: 'Actions',
      headerHidden: true,
      className: 'button-row',
      cell: (p) => (
        <>
          <button type="button" className="button button-small" onClick={() => edit(p)} aria-label={`Edit sections of ${p.key} ${p.title}`}>
            Edit sections
          </button>
          {p.document && (
            <button type="button" className="button button-small button-quiet" onClick={() => open(p)} aria-label={`Open document ${p.key}`}>
              Open document
            </button>
          )}
        </>
      ),
    },
  ];
}

/** Step 3: the procedure set for this company, each a controlled document; open one to edit its sections. */
export function ProceduresPanel({ overview, onSaved, onError }: ProceduresPanelProps) {
  const generate = useQmsStore((state) => state.generate);
  const openProcedure = useQmsStore((state) => state.openProcedure);
  const procedure = useQmsStore((state) => state.procedure);
  const openDocument = useNavStore((state) => state.openDocument);
  const [busy, setBusy] = useState(false);
  const missing = overview.procedures.filter((p) => p.needed && !p.document);
  const approved = overview.procedures.filter((p) => p.document?.approvedVersion);

  async function exportSet() {
    const pdf = await api('qms.exportProcedures', {});
    downloadBase64Pdf(pdf.fileName, pdf.base64);
  }

  async function run(action: () => Promise<void>, message: string) {
    setBusy(true);
    try {
      await action();
      if (message) onSaved(message);
    } catch (caught) {
      onError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  if (procedure) return <ProcedureEditor procedure={procedure} onBack={() => void openProcedure(null)} onSaved={onSaved} onError={onError} />;

  return (
    <section className="card" aria-labelledby="qms-procedures-title">
      <div className="card-header">
        <h2 id="qms-procedures-title">Procedure set</h2>
        {approved.length > 0 && (
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() => void run(exportSet, `${approved.length === 1 ? 'The approved procedure was' : `The ${approved.length} approved procedures were`} exported as one PDF.`)}
          >
            Export approved procedures (PDF)
          </button>
        )}
        {missing.length > 0 && (
          <button
            type="button"
            className="button button-primary"
            aria-disabled={busy || undefined}
            onClick={() => void run(generate, `${plural(missing.length, 'procedure document')} created as drafts.`)}
          >
            Create {missing.length} procedure document{missing.length === 1 ? '' : 's'}
          </button>
        )}
      </div>
      <p className="muted">
        Cairn drafts each procedure from the company profile and scope; the team edits the sections, then reviews and approves each one as a controlled document.{' '}
        {overview.trainingDue.length > 0 && `${plural(overview.trainingDue.length, 'training')} due on approved versions: see Records.`}
      </p>
      <DataTable
        caption="Procedures with their document state"
        rows={overview.procedures}
        columns={procedureColumns(
          (p) => void run(() => openProcedure(p.key), ''),
          (p) => openDocument(p.document?.documentId ?? 0),
        )}
        rowKey={(p) => p.key}
        rowClassName={(p) => (p.needed ? undefined : 'inactive')}
        rowTestId={(p) => `procedure-${p.key}`}
      />
    </section>
  );
}
