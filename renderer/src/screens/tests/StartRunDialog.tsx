import { useState } from 'react';
import type { TestCase } from '../../../../shared/api/tests-types';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { Dialog, DialogCancel } from '../../components/Dialog';
import { ScreenMessages } from '../../components/ScreenMessages';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import { useTestsStore } from '../../stores/tests-store';
import { NO_FACTS, RunFactsFields } from './RunFactsFields';
import { RecordPicker } from './RecordPicker';
import { plural } from '../../../../shared/domain/words';

/** Starts a manual run: the version and configuration, and which manual cases to execute. */
export function StartRunDialog({ cases, onClose }: { cases: TestCase[]; onClose: () => void }) {
  const onRun = useTestsStore((s) => s.onRun);
  const runnable = cases.filter((c) => !c.retired && c.steps.length > 0);
  const [facts, setFacts] = useState(NO_FACTS);
  const [chosen, setChosen] = useState(() => new Set(runnable.filter((c) => !c.automated).map((c) => c.id)));
  const [error, setError] = useState<string | null>(null);
  useUnsavedGuard(differs(facts, NO_FACTS));

  async function start() {
    setError(null);
    try {
      await onRun(api('tests.startRun', { ...facts, caseIds: [...chosen] }));
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <Dialog title="Start a test run" description="Each chosen case is then executed step by step; completing the run signs it." onClose={onClose} wide>
      <RunFactsFields facts={facts} onChange={setFacts} />
      <RecordPicker
        legend="Cases to execute"
        options={runnable.map((c) => ({ id: c.id, humanId: c.humanId, title: `${c.title} (${plural(c.steps.length, 'step')})` }))}
        chosen={chosen}
        onChange={setChosen}
      />
      <ScreenMessages error={error} notice={null} />
      <div className="button-row">
        <button type="button" className="button button-primary" disabled={chosen.size === 0 || !facts.softwareVersion.trim()} onClick={() => void start()}>
          Start run
        </button>
        <DialogCancel />
      </div>
    </Dialog>
  );
}
