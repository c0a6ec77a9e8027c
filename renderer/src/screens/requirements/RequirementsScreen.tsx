import { useEffect, useState } from 'react';
import type { ExportFormat, Requirement } from '../../../../shared/api/requirements-types';
import { REVIEW_RESULT_LABELS } from '../../../../shared/reviews/checklists';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { downloadExport } from '../../files/download';
import { localDateTime } from '../../forms/format';
import { PAGE_SIZE, useRequirementsStore } from '../../stores/requirements-store';
import { AddRequirementDialog } from './AddRequirementDialog';
import { BulkEditBar } from './BulkEditBar';
import { ImportDialog } from './ImportDialog';
import { ItemPickerDialog } from './ItemPickerDialog';
import { RequirementDetail } from './RequirementDetail';
import { RequirementFilters } from './RequirementFilters';
import { RequirementsGrid } from './RequirementsGrid';
import { ReviewChecklistDialog } from '../../components/ReviewChecklistDialog';

type Open = { kind: 'add' } | { kind: 'import' } | { kind: 'review' } | { kind: 'items'; requirement: Requirement } | null;

const download = (format: ExportFormat) => downloadExport(() => api('requirements.export', { format }));

/** Software requirements (IEC 62304 5.2): a table for tens of thousands of rows, edited in place or in full in a detail panel. */
export function RequirementsScreen() {
  const total = useRequirementsStore((s) => s.total);
  const overview = useRequirementsStore((s) => s.overview);
  const tree = useRequirementsStore((s) => s.tree);
  const error = useRequirementsStore((s) => s.error);
  const notice = useRequirementsStore((s) => s.notice);
  const detailId = useRequirementsStore((s) => s.detailId);
  const [open, setOpen] = useState<Open>(null);
  const { refresh, say, setItems } = useRequirementsStore.getState();

  useEffect(() => {
    const store = useRequirementsStore.getState();
    if (store.total === null) void store.ensureRange(0, PAGE_SIZE - 1);
    store.loadContext().catch((e: unknown) => store.say(messageOf(e)));
  }, []);

  const review = overview?.latestReview;
  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Requirements</h1>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'add' })}>
            Add requirement
          </button>
          <button type="button" className="button" onClick={() => setOpen({ kind: 'import' })}>
            Import…
          </button>
          <button type="button" className="button" onClick={() => void download('csv').catch((e: unknown) => say(messageOf(e)))}>
            Export CSV
          </button>
          <button type="button" className="button" onClick={() => void download('xlsx').catch((e: unknown) => say(messageOf(e)))}>
            Export Excel
          </button>
          <button type="button" className="button" onClick={() => void download('reqifz').catch((e: unknown) => say(messageOf(e)))}>
            Export ReqIF
          </button>
          <button type="button" className="button" onClick={() => setOpen({ kind: 'review' })}>
            Review checklist…
          </button>
        </div>
      </div>
      <p className="req-summary" aria-live="polite" data-testid="requirements-total">
        {total === null ? 'Loading…' : `${total.toLocaleString()} ${total === 1 ? 'requirement' : 'requirements'}`}
        {overview && ` · ${overview.riskControls} risk controls · ${overview.unallocated} without a software item · ${overview.incomplete} missing what their class needs`}
        {' · '}
        {review
          ? `Last review ${review.humanId}: ${REVIEW_RESULT_LABELS[review.result].toLowerCase()} by ${review.reviewerName}, ${localDateTime(review.recordedAt)}`
          : 'Not reviewed yet (5.2.6)'}
      </p>
      <RequirementFilters />
      <BulkEditBar />
      <ScreenMessages error={error} notice={notice} />
      <p className="muted small req-hint">
        Click a row, or press Enter on its ID, to see and edit all of a requirement with its links and history. Double-click a cell (or press Enter on it) to edit just that cell.
      </p>
      <div className={detailId === null ? 'req-layout' : 'req-layout req-layout-open'}>
        <RequirementsGrid onPickItems={(requirement) => setOpen({ kind: 'items', requirement })} />
        {detailId !== null && <RequirementDetail id={detailId} />}
      </div>
      {open?.kind === 'add' && (
        <AddRequirementDialog
          tree={tree}
          projectClass={overview?.projectClass ?? null}
          onClose={() => setOpen(null)}
          onAdded={(humanId) => {
            setOpen(null);
            void refresh(`${humanId} added.`);
          }}
        />
      )}
      {open?.kind === 'import' && <ImportDialog onClose={() => setOpen(null)} onImported={() => void refresh('Import finished.')} />}
      {open?.kind === 'review' && (
        <ReviewChecklistDialog
          kind="requirements"
          defaultScope={`${overview?.total ?? 0} requirements as of ${new Date().toLocaleDateString()}`}
          onClose={() => setOpen(null)}
          onRecorded={(summary) => {
            setOpen(null);
            void refresh(summary);
          }}
        />
      )}
      {open?.kind === 'items' && (
        <ItemPickerDialog
          requirement={open.requirement}
          tree={tree}
          initial={open.requirement.items.map((i) => i.id)}
          onClose={() => setOpen(null)}
          onSave={(ids) => {
            const requirement = open.requirement;
            setOpen(null);
            void setItems(requirement, ids).catch(() => undefined);
          }}
        />
      )}
    </>
  );
}
