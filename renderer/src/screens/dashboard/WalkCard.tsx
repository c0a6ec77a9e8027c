import type { WalkStage, WalkState, WalkStatus } from '../../../../shared/api/walk-types';
import { currentStage } from '../../../../shared/walk/stages';
import { useNavStore } from '../../stores/nav-store';

const STATE_LABELS: Record<WalkState, string> = { not_started: 'Not started', in_progress: 'In progress', done: 'Done', blocked: 'Waiting' };
const STATE_BADGES: Record<WalkState, string> = { not_started: 'badge badge-muted', in_progress: 'badge', done: 'badge badge-success', blocked: 'badge badge-muted' };

function NextButton({ stage, primary }: { stage: WalkStage; primary?: boolean }) {
  const go = useNavStore((state) => state.go);
  if (!stage.next) return null;
  return (
    <button type="button" className={`button button-small${primary ? ' button-primary' : ''}`} onClick={() => go(stage.screen)} data-testid={`walk-next-${stage.id}`}>
      {stage.next}
    </button>
  );
}

function StageItem({ stage, index, current }: { stage: WalkStage; index: number; current: boolean }) {
  return (
    <li
      className={`walk-stage walk-${stage.state}${current ? ' walk-current' : ''}`}
      data-testid={`walk-stage-${stage.id}`}
      data-state={stage.state}
      aria-current={current ? 'step' : undefined}
    >
      <span className="walk-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="walk-body">
        <div className="walk-title">
          <h3>{stage.title}</h3>
          <span className={STATE_BADGES[stage.state]}>{STATE_LABELS[stage.state]}</span>
        </div>
        <p className="small">{stage.reason}</p>
        <p className="muted small">{stage.asks}</p>
        {/* The current stage's action is the card's main button; the others sit with their stage. */}
        {!current && stage.state !== 'done' && stage.state !== 'blocked' && <NextButton stage={stage} />}
      </div>
    </li>
  );
}

/** The life cycle as one path: where the project stands at each stage, and what to do next. */
export function WalkCard({ walk }: { walk: WalkStatus }) {
  const current = currentStage(walk);
  const done = walk.stages.filter((s) => s.state === 'done').length;
  return (
    <section className="card walk-card" aria-labelledby="walk-title">
      <div className="card-header">
        <h2 id="walk-title">The way through IEC 62304</h2>
        <span className="muted small" data-testid="walk-count">
          {done} of {walk.stages.length} stages done · class {walk.projectClass}
        </span>
      </div>
      {current ? (
        <div className="walk-next" data-testid="walk-next">
          <p>
            <strong>Next: {current.title}.</strong> {current.reason}
          </p>
          <NextButton stage={current} primary />
        </div>
      ) : (
        <p className="message message-success" data-testid="walk-next">
          Every stage holds its evidence: the product is released and its maintenance is up to date.
        </p>
      )}
      <ol className="walk-list">
        {walk.stages.map((stage, index) => (
          <StageItem key={stage.id} stage={stage} index={index} current={stage.id === current?.id} />
        ))}
      </ol>
    </section>
  );
}
