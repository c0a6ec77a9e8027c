import { useState } from 'react';
import type { TestCase, TestResultView, TestRunDetail } from '../../../../shared/api/tests-types';
import { ATTACHMENT_TYPES } from '../../../../shared/api/tests-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { downloadBase64 } from '../../files/download';
import { readAsBase64 } from '../../files/read-file';
import { useTestsStore } from '../../stores/tests-store';
import { OpenProblemForm } from './OpenProblemForm';
import { OutcomeBadge } from './OutcomeBadge';
import { StepExecution } from './StepExecution';

interface Props {
  runId: number;
  result: TestResultView;
  /** The run is still being executed: steps and attachments can be recorded. */
  open: boolean;
  cases: TestCase[];
}

async function download(id: number) {
  const file = await api('tests.attachment', { id });
  downloadBase64(file.name, file.base64, file.mediaType);
}

/**
 * One result of a run: the case and its outcome, its steps to execute (manual runs), what the runner
 * said (JUnit), its evidence, and for a JUnit test that maps to no case, a picker to link it to one.
 */
export function ResultRow({ runId, result, open, cases }: Props) {
  const onRun = useTestsStore((s) => s.onRun);
  const [linkTo, setLinkTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const title = result.caseHumanId ? `${result.caseHumanId} ${result.caseTitle ?? ''}` : (result.junitName ?? '');

  async function act(call: () => Promise<TestRunDetail>) {
    setError(null);
    try {
      await onRun(call());
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function attach(file: File) {
    const mediaType = (ATTACHMENT_TYPES as readonly string[]).includes(file.type) ? (file.type as (typeof ATTACHMENT_TYPES)[number]) : null;
    if (!mediaType) return setError(`${file.name}: attach a PNG, JPEG, GIF or WebP image, a text file or a PDF.`);
    await act(async () => api('tests.attach', { resultId: result.id, name: file.name, mediaType, base64: await readAsBase64(file) }));
  }

  return (
    <article className={`test-result test-result-${result.outcome}`} aria-labelledby={`result-${result.id}`}>
      <header className="test-result-head">
        <h3 id={`result-${result.id}`}>{title}</h3>
        <OutcomeBadge outcome={result.outcome} />
        {result.executedByName && (
          <span className="muted small">
            {result.executedByName}, {result.executedAt?.slice(0, 16).replace('T', ' ')}
          </span>
        )}
      </header>
      {result.caseHumanId && result.junitName && <p className="muted small">JUnit: {result.junitName}</p>}
      {result.message && <p className="test-message">{result.message}</p>}
      {result.actual && result.steps.length === 0 && <pre className="test-output">{result.actual}</pre>}
      {result.steps.length > 0 && (
        <ol className="test-step-list">
          {result.steps.map((s) => (
            <StepExecution
              key={s.position}
              caseId={result.caseHumanId ?? ''}
              step={s}
              open={open}
              onRecord={(outcome, actual) => act(() => api('tests.recordStep', { resultId: result.id, position: s.position, outcome, actual }))}
            />
          ))}
        </ol>
      )}
      {result.testCaseId === null && (
        <div className="test-link-row">
          <label className="field">
            <span className="field-label">Link “{result.junitName}” to a case</span>
            <select className="select" value={linkTo} onChange={(e) => setLinkTo(e.target.value)}>
              <option value="">Choose a case…</option>
              {cases
                .filter((c) => !c.retired)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.humanId} {c.title}
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={!linkTo}
            onClick={() => void act(() => api('tests.mapJunitName', { runId, junitName: result.junitName ?? '', testCaseId: Number(linkTo) }))}
          >
            Link
          </button>
        </div>
      )}
      {result.testCaseId !== null && (result.outcome === 'failed' || result.outcome === 'error') && <OpenProblemForm resultId={result.id} title={title} onError={setError} />}
      {(result.attachments.length > 0 || open) && (
        <div className="test-attachments">
          {result.attachments.map((a) => (
            <button
              key={a.id}
              type="button"
              className="link-button"
              onClick={() => void download(a.id).catch((e: unknown) => setError(messageOf(e)))}
              title={`SHA-256 ${a.sha256}`}
            >
              {a.name} ({Math.ceil(a.size / 1024)} KB)
            </button>
          ))}
          {open && result.testCaseId !== null && (
            <label className="button button-small test-attach">
              Attach evidence…
              <input type="file" className="visually-hidden" accept={ATTACHMENT_TYPES.join(',')} onChange={(e) => e.target.files?.[0] && void attach(e.target.files[0])} />
            </label>
          )}
        </div>
      )}
      <ScreenMessages error={error} notice={null} />
    </article>
  );
}
