import { useState, type ReactNode } from 'react';
import type { TestCase, TestRunDetail } from '../../../../shared/api/tests-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { SignaturePasswordField } from '../../components/SignaturePasswordField';
import { useTestsStore } from '../../stores/tests-store';
import { ResultRow } from './ResultRow';

const or = (text: string | null) => (text?.trim() ? text : '—');
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One run: its 5.7.5 facts, every result (executed step by step while open), and the tester's signature. */
export function RunPage({ run, cases }: { run: TestRunDetail; cases: TestCase[] }) {
  const openRun = useTestsStore((s) => s.openRun);
  const onRun = useTestsStore((s) => s.onRun);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = run.source === 'manual' && run.completedAt === null;

  async function complete() {
    setError(null);
    try {
      await onRun(api('tests.completeRun', { id: run.id, password }));
      setPassword('');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const c = run.counts;
  return (
    <section className="test-run" aria-labelledby="test-run-title">
      <button type="button" className="button button-quiet" onClick={() => void openRun(null)}>
        ← All runs
      </button>
      <h2 id="test-run-title">
        {run.humanId} · version {run.softwareVersion}
        {run.title ? ` · ${run.title}` : ''}
      </h2>
      <dl className="test-facts">
        <Fact term="Source">{run.source === 'junit' ? `JUnit import of ${run.fileName ?? ''} (SHA-256 ${run.fileSha256?.slice(0, 16) ?? ''}…)` : 'Manual execution'}</Fact>
        <Fact term="Test configuration">{or(run.environment)}</Fact>
        <Fact term="Tools">{or(run.tools)}</Fact>
        <Fact term="Started">
          {when(run.startedAt)} by {run.startedByName}
        </Fact>
        <Fact term="Completed">{run.completedAt ? when(run.completedAt) : 'not yet'}</Fact>
        <Fact term="Results">
          {c.passed} passed, {c.failed + c.error} failed, {c.blocked} blocked, {c.skipped} skipped, {c['not-run']} not run
          {run.unmapped ? `; ${run.unmapped} not linked to a case` : ''}
        </Fact>
        {run.signatures.map((s) => (
          <Fact key={s.id} term={`Signed “${s.meaning}”`}>
            {s.signerName} ({s.signerRole}), {when(s.signedAt)}
            {s.current ? '' : ' — the record changed since; the signature no longer covers it'}
          </Fact>
        ))}
      </dl>
      <div className="test-results">
        {run.results.map((r) => (
          <ResultRow key={r.id} runId={run.id} result={r} open={open} cases={cases} />
        ))}
      </div>
      {open && (
        <form
          className="test-complete"
          onSubmit={(e) => {
            e.preventDefault();
            void complete();
          }}
        >
          <h3>Complete the run</h3>
          <SignaturePasswordField
            name="password"
            value={password}
            error={undefined}
            onChange={setPassword}
            meaning={`By entering your password you sign ${run.humanId} as executed by you, with the results recorded above.`}
          />
          <ScreenMessages error={error} notice={null} />
          <button type="submit" className="button button-primary" disabled={!password}>
            Complete and sign
          </button>
        </form>
      )}
    </section>
  );
}
