import { plural } from '../../../../shared/domain/words';
import { useState } from 'react';
import type { ChangeView, SignificanceRegion } from '../../../../shared/api/changes-types';
import { assessmentEditable, CHANGE_TRANSITIONS } from '../../../../shared/changes/change-status';
import { EU_OUTCOME_LABELS } from '../../../../shared/changes/eu-significance';
import { US_OUTCOME_LABELS } from '../../../../shared/changes/us-significance';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useAction } from '../../hooks/use-action';
import { useChangesStore } from '../../stores/changes-store';
import { ApproveDialog } from './ApproveDialog';
import { ChangeForm } from './ChangeForm';
import { ImpactLists } from './ImpactLists';
import { SignificanceWizard } from './SignificanceWizard';
import { TargetsDialog } from './TargetsDialog';

const MOVE_LABELS = { draft: 'Back to draft', rejected: 'Reject', implemented: 'Mark implemented', verified: 'Mark verified', closed: 'Close' } as const;

/** One change request: what it starts from, its impact, safety analysis, significance, approval and progress. */
export function ChangeDetail({ change }: { change: ChangeView }) {
  const setStatus = useChangesStore((s) => s.setStatus);
  const [dialog, setDialog] = useState<null | 'targets' | 'approve' | SignificanceRegion>(null);
  const { error, notice, setNotice, run } = useAction();
  const editable = assessmentEditable(change.status);
  const moves = CHANGE_TRANSITIONS[change.status].filter((s) => s !== 'approved') as (keyof typeof MOVE_LABELS)[];
  const move = (status: keyof typeof MOVE_LABELS) => void run(() => setStatus({ id: change.id, status }), `${change.humanId} is now ${status}.`);

  return (
    <section className="change-detail" aria-labelledby="change-title">
      <h2 id="change-title">
        {change.humanId} {change.title}
      </h2>
      <p className="muted">
        {change.kind === 'bug-fix' ? 'Bug fix' : 'Change'} · opened by {change.createdByName} on {change.createdAt.slice(0, 10)}
        {change.problem && ` · from ${change.problem.humanId} ${change.problem.title}`} · status <strong>{change.status}</strong>
      </p>
      <ScreenMessages error={error} notice={notice} />
      <div>
        <h3>Starts from</h3>
        {change.targets.length ? (
          <ul className="small">
            {change.targets.map((t) => (
              <li key={`${t.type}:${t.id}`}>
                {t.humanId} {t.title}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">No records named yet.</p>
        )}
        {editable && (
          <button type="button" className="button button-small" onClick={() => setDialog('targets')}>
            Choose targets…
          </button>
        )}
      </div>
      <ImpactLists impact={change.impact} frozen={change.impactFrozen} />
      <ChangeForm change={change} />
      <section aria-labelledby="significance-title">
        <h3 id="significance-title">Regulatory significance</h3>
        {(['eu', 'us'] as const).map((region) => {
          const a = change[region];
          const label = a ? (region === 'eu' ? EU_OUTCOME_LABELS[change.eu?.outcome ?? 'not-significant'] : US_OUTCOME_LABELS[change.us?.outcome ?? 'document-only']) : null;
          return (
            <div key={region} className="significance-row">
              <p>
                <strong>{region === 'eu' ? 'EU (MDCG 2020-3)' : 'US (FDA)'}:</strong> {a ? `${label}. ${a.rationale}` : 'not assessed'}
              </p>
              {editable && (
                <button type="button" className="button button-small" onClick={() => setDialog(region)}>
                  {a ? 'Assess again' : 'Assess'} {region.toUpperCase()} significance…
                </button>
              )}
            </div>
          );
        })}
      </section>
      <section aria-labelledby="approval-title">
        <h3 id="approval-title">Approval</h3>
        {change.signatures.map((s) => (
          <p key={s.id} className="small">
            {s.meaning} by {s.signerName} ({s.signerRole}) on {s.signedAt.slice(0, 16).replace('T', ' ')} UTC{s.current ? '' : ' — no longer covers the record as shown'}
          </p>
        ))}
        {change.status === 'draft' && (
          <>
            {change.approvalGaps.length > 0 && (
              <ul className="small">
                {change.approvalGaps.map((g) => (
                  <li key={g.field}>{g.message}</li>
                ))}
              </ul>
            )}
            <button type="button" className="button button-primary" disabled={change.approvalGaps.length > 0} onClick={() => setDialog('approve')}>
              Approve with signature…
            </button>
          </>
        )}
        <div className="button-row">
          {moves.map((m) => (
            <button key={m} type="button" className="button button-small" onClick={() => move(m)}>
              {MOVE_LABELS[m]}
            </button>
          ))}
        </div>
      </section>
      {dialog === 'targets' && <TargetsDialog change={change} onClose={() => setDialog(null)} />}
      {dialog === 'approve' && (
        <ApproveDialog
          change={change}
          onClose={() => setDialog(null)}
          onApproved={(n) => setNotice(`${change.humanId} approved; ${plural(n, 'trace link')} ${n === 1 ? 'is' : 'are'} now suspect until reviewed.`)}
        />
      )}
      {(dialog === 'eu' || dialog === 'us') && <SignificanceWizard changeId={change.id} region={dialog} initial={change[dialog]?.answers ?? {}} onClose={() => setDialog(null)} />}
    </section>
  );
}
