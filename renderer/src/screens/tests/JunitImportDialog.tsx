import { useState } from 'react';
import type { JunitImportResult, JunitPreview, TestCase } from '../../../../shared/api/tests-types';
import { api } from '../../api/client';
import { useAction } from '../../hooks/use-action';
import { Dialog } from '../../components/Dialog';
import { ScreenMessages } from '../../components/ScreenMessages';
import { readAsBase64 } from '../../files/read-file';
import { useTestsStore } from '../../stores/tests-store';
import { ResultRow } from './ResultRow';
import { NO_FACTS, RunFactsFields } from './RunFactsFields';
import { plural } from '../../../../shared/domain/words';

type Step = { kind: 'file' } | { kind: 'preview'; base64: string; preview: JunitPreview } | { kind: 'done'; result: JunitImportResult };

/** Choose a JUnit XML file and the version it tested, see how its tests map, import it, then link what maps to no case. */
export function JunitImportDialog({ cases, onClose }: { cases: TestCase[]; onClose: () => void }) {
  const load = useTestsStore((s) => s.load);
  const openRun = useTestsStore((s) => s.openRun);
  const run = useTestsStore((s) => s.run);
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [file, setFile] = useState<File | null>(null);
  const [facts, setFacts] = useState(NO_FACTS);
  const { error, busy, run: go } = useAction();

  const preview = () =>
    go(async () => {
      if (!file) return;
      const base64 = await readAsBase64(file);
      setStep({ kind: 'preview', base64, preview: await api('tests.previewJunit', { fileName: file.name, base64, ...facts }) });
    });
  const accept = () =>
    go(async () => {
      if (step.kind !== 'preview') return;
      const result = await api('tests.importJunit', { fileName: step.preview.fileName, base64: step.base64, ...facts });
      setStep({ kind: 'done', result });
      await Promise.all([load(), openRun(result.run.id)]);
    });

  const mappedCount = (p: JunitPreview) => p.mapped.id + p.mapped.requirement + p.mapped.saved;
  const unlinked = step.kind === 'done' && run?.id === step.result.run.id ? run.results.filter((r) => r.testCaseId === null) : [];
  return (
    <Dialog title="Import JUnit results" description="A JUnit XML file from any test runner becomes one completed run of the version you name." onClose={onClose} wide>
      {step.kind === 'file' && (
        <>
          <div className="field">
            <label className="field-label" htmlFor="junit-file">
              JUnit XML file
            </label>
            <input id="junit-file" type="file" accept=".xml,application/xml,text/xml" disabled={busy} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </div>
          <RunFactsFields facts={facts} onChange={setFacts} />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy || !file || !facts.softwareVersion.trim()} onClick={() => void preview()}>
              Preview
            </button>
          </div>
        </>
      )}
      {step.kind === 'preview' && (
        <>
          <p>
            {step.preview.fileName}: {step.preview.tests} tests in {step.preview.suites} suites — {step.preview.passed} passed, {step.preview.failed} failed, {step.preview.errors}{' '}
            errors, {step.preview.skipped} skipped.
          </p>
          <p>
            {mappedCount(step.preview)} map to a case ({step.preview.mapped.id} by [TC-n] in the name, {step.preview.mapped.requirement} by requirement property,{' '}
            {step.preview.mapped.saved} by a saved link); {step.preview.tests - mappedCount(step.preview)} map to none and will be kept for linking.
          </p>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void accept()}>
              Import for version {facts.softwareVersion}
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'file' })}>
              Back
            </button>
          </div>
        </>
      )}
      {step.kind === 'done' && (
        <>
          <p>
            Imported as {step.result.run.humanId}.{' '}
            {unlinked.length
              ? `${plural(unlinked.length, 'result')} ${unlinked.length === 1 ? 'is' : 'are'} not linked to a case yet: link ${unlinked.length === 1 ? 'it' : 'each'} below; the link is remembered for later imports.`
              : 'Every result is linked to a case.'}
          </p>
          <div className="test-results">
            {unlinked.map((r) => (
              <ResultRow key={r.id} runId={step.result.run.id} result={r} open={false} cases={cases} />
            ))}
          </div>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
      <ScreenMessages error={error} notice={null} />
    </Dialog>
  );
}
