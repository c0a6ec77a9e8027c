import { useEffect, useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useChangesStore } from '../../stores/changes-store';
import { useNavStore } from '../../stores/nav-store';
import { useProblemsStore } from '../../stores/problems-store';
import { NewProblemDialog } from './NewProblemDialog';
import { ProblemEditor } from './ProblemEditor';
import { ProblemTable } from './ProblemTable';
import { ProblemTrendChart } from './ProblemTrendChart';
import '../../styles/problems.css';

/** Problem resolution (IEC 62304 clause 9): the reports, their trend, and the selected one's record. */
export function ProblemsScreen() {
  const problems = useProblemsStore((s) => s.problems);
  const trend = useProblemsStore((s) => s.trend);
  const selectedId = useProblemsStore((s) => s.selectedId);
  const load = useProblemsStore((s) => s.load);
  const createChange = useChangesStore((s) => s.create);
  const go = useNavStore((s) => s.go);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().catch((e: unknown) => setError(messageOf(e)));
  }, [load]);

  const all = problems ?? [];
  const selected = all.find((p) => p.id === selectedId) ?? null;
  const open = all.filter((p) => p.status !== 'closed').length;

  async function openChange(problemId: number, title: string) {
    try {
      await createChange({ title: `Fix: ${title}`.slice(0, 200), problemId });
      go('changes');
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <div className="problems-screen">
      <div className="screen-header">
        <h1 tabIndex={-1}>Problem reports</h1>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          Report a problem…
        </button>
      </div>
      <p className="muted">
        Every problem found in testing, by the team or in the field, evaluated against the risk file and followed to a fix or a reasoned decision. {all.length} reported, {open} not
        closed.
      </p>
      <ScreenMessages error={error} notice={null} />
      {trend && <ProblemTrendChart months={trend.months} />}
      <div className="problems-layout">
        <ProblemTable problems={all} />
        {selected ? (
          <ProblemEditor key={`${selected.id}-${selected.updatedAt}`} problem={selected} onOpenChange={() => void openChange(selected.id, selected.title)} />
        ) : (
          <p className="muted">Choose a problem report to investigate it.</p>
        )}
      </div>
      {adding && <NewProblemDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
