import { useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { useScreenLoad } from '../../hooks/use-screen-load';
import { ScreenMessages } from '../../components/ScreenMessages';
import { Tabs } from '../../components/Tabs';
import { downloadExport } from '../../files/download';
import { useTraceStore } from '../../stores/trace-store';
import { GapList } from './GapList';
import { SoupTraceTable } from './SoupTraceTable';
import { TraceMatrixTable } from './TraceMatrixTable';

type TraceTab = 'gaps' | 'matrix' | 'soup';

/** Traceability: what is missing (the gap report), the requirement trace matrix, and SOUP ↔ items. */
export function TraceScreen() {
  const gaps = useTraceStore((state) => state.gaps);
  const matrix = useTraceStore((state) => state.matrix);
  const load = useTraceStore((state) => state.load);
  const review = useTraceStore((state) => state.review);
  const [tab, setTab] = useState<TraceTab>('gaps');
  const [error, setError] = useScreenLoad(load);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onReview(linkIds: number[]) {
    setBusy(true);
    setError(null);
    try {
      await review(linkIds);
      setNotice(linkIds.length === 1 ? 'Link reviewed.' : `${linkIds.length} links reviewed.`);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  const total = gaps?.gaps.length ?? 0;
  const tabs = [
    { key: 'gaps' as const, label: `Gaps (${total})` },
    { key: 'matrix' as const, label: 'Trace matrix' },
    { key: 'soup' as const, label: 'SOUP ↔ items' },
  ];

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Traceability</h1>
        <span className="muted small">Requirements, software items, risk controls, tests and SOUP, and what still lacks a link.</span>
        <button
          type="button"
          className="button"
          disabled={!matrix}
          onClick={() => void downloadExport(() => api('trace.exportXlsx', {})).catch((e: unknown) => setError(messageOf(e)))}
        >
          Export matrix (Excel)
        </button>
      </div>
      <ScreenMessages error={error} notice={notice} />
      {!gaps || !matrix ? (
        !error && <p className="muted">Loading…</p>
      ) : (
        <Tabs label="Traceability views" tabs={tabs} selected={tab} onSelect={setTab}>
          {tab === 'gaps' && <GapList report={gaps} busy={busy} onReview={(ids) => void onReview(ids)} />}
          {tab === 'matrix' && <TraceMatrixTable rows={matrix.rows} />}
          {tab === 'soup' && <SoupTraceTable soup={matrix.soup} />}
        </Tabs>
      )}
    </>
  );
}
