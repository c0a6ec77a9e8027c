import { useEffect, useState } from 'react';
import type { VerificationRow, VersionStatus } from '../../../../shared/api/tests-types';
import { VERIFICATION_STATUSES } from '../../../../shared/api/tests-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn } from '../../components/data-columns';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useNavStore } from '../../stores/nav-store';
import { useTestsStore } from '../../stores/tests-store';
import { OutcomeBadge } from './OutcomeBadge';

const testsOf = (r: VerificationRow) => (r.tests.length ? r.tests.map((t) => `${t.humanId} ${t.outcome}`).join(', ') : '—');

const STATUS_COLUMNS: DataColumn<VerificationRow>[] = [
  idColumn(),
  { id: 'title', header: 'Title', sortValue: (r) => r.title.toLowerCase(), cell: (r) => r.title },
  { id: 'status', header: 'Status', sortValue: (r) => r.status, cell: (r) => <OutcomeBadge outcome={r.status} /> },
  { id: 'tests', header: 'Tests', cell: testsOf },
];

function StatusTable({ caption, rows }: { caption: string; rows: VerificationRow[] }) {
  if (rows.length === 0) return null;
  return <DataTable caption={caption} captionVisible rows={rows} columns={STATUS_COLUMNS} rowKey={(r) => r.id} />;
}

const summary = (counts: VersionStatus['counts']['requirements']) => VERIFICATION_STATUSES.map((s) => `${counts[s]} ${s.replace('-', ' ')}`).join(', ');

/** For one version: each requirement and risk control with the state its tests give it (5.7.4). */
export function StatusPanel({ versions }: { versions: string[] }) {
  const status = useTestsStore((s) => s.status);
  const loadStatus = useTestsStore((s) => s.loadStatus);
  const [version, setVersion] = useState(status?.version ?? versions.at(-1) ?? '');
  const openDocument = useNavStore((s) => s.openDocument);
  const [error, setError] = useState<string | null>(null);
  /** The report is a controlled document: it opens on the Documents screen for review and approval. */
  const createReport = () =>
    api('documents.create', { type: 'test-report', version })
      .then((doc) => openDocument(doc.id))
      .catch((e: unknown) => setError(messageOf(e)));
  useEffect(() => {
    if (version) loadStatus(version).catch((e: unknown) => setError(messageOf(e)));
  }, [version, loadStatus]);
  if (versions.length === 0) return <p className="muted">No version has been tested yet.</p>;
  return (
    <section className="test-status">
      <label className="field test-version-pick">
        <span className="field-label">Software version</span>
        <select className="select" value={version} onChange={(e) => setVersion(e.target.value)}>
          {versions.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <ScreenMessages error={error} notice={null} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void createReport()}>
          Create the test report for {version}
        </button>
      </div>
      {status && status.version === version && (
        <>
          <p>
            Requirements: {summary(status.counts.requirements)}. Risk controls: {summary(status.counts.riskControls)}.
          </p>
          <StatusTable caption={`Requirements, version ${version}`} rows={status.requirements} />
          <StatusTable caption={`Risk controls, version ${version} (their own tests and those of the requirements implementing them)`} rows={status.riskControls} />
        </>
      )}
    </section>
  );
}
