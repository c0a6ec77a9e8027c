import type { Gap, GapHome, GapKind, GapReport } from '../../../../shared/api/trace-types';
import { GAP_KINDS } from '../../../../shared/api/trace-types';
import { SCREEN_LABELS, useNavStore, type Screen } from '../../stores/nav-store';
import { plural } from '../../../../shared/domain/words';

const KIND_TITLES: Record<GapKind, string> = {
  'requirement-without-item': 'Requirements not allocated to a software item',
  'requirement-without-verification': 'Requirements with no verification',
  'item-without-requirement': 'Software items that implement no requirement',
  'soup-without-purpose': 'SOUP with no purpose',
  'soup-without-item': 'SOUP not linked to the items that use it',
  'risk-control-without-requirement': 'Risk controls implemented by no requirement',
  'risk-requirement-without-control': 'Risk-control requirements that no control names',
  'risk-control-unverified': 'Risk controls with no verification of their implementation',
  'suspect-link': 'Suspect links to review',
};

const HOME_SCREEN: Record<GapHome, Screen> = { requirements: 'requirements', soup: 'soup', software: 'software', risk: 'risk', trace: 'trace' };

interface GapListProps {
  report: GapReport;
  busy: boolean;
  onReview(linkIds: number[]): void;
}

function GapRow({ gap, busy, onReview }: { gap: Gap; busy: boolean; onReview(linkIds: number[]): void }) {
  const go = useNavStore((state) => state.go);
  const linkId = gap.linkId;
  return (
    <li className="gap-row">
      <span>{gap.message}</span>
      {linkId === undefined ? (
        <button type="button" className="button button-small" onClick={() => go(HOME_SCREEN[gap.home])}>
          Fix in {SCREEN_LABELS[HOME_SCREEN[gap.home]]}
          <span className="visually-hidden"> ({gap.record.humanId})</span>
        </button>
      ) : (
        <button type="button" className="button button-small" disabled={busy} onClick={() => onReview([linkId])}>
          Mark reviewed<span className="visually-hidden"> ({gap.record.humanId})</span>
        </button>
      )}
    </li>
  );
}

/** The gaps, one group per kind, each with the way to close it. */
export function GapList({ report, busy, onReview }: GapListProps) {
  const groups = GAP_KINDS.map((kind) => ({ kind, gaps: report.gaps.filter((g) => g.kind === kind) })).filter((g) => g.gaps.length > 0);
  const { checked } = report;
  if (groups.length === 0 && checked.requirements + checked.softwareItems + checked.soup + checked.riskControls === 0) {
    return (
      <p className="message" data-testid="no-gaps">
        Nothing recorded yet, so nothing to trace: requirements, the software items that implement them, SOUP and risk controls appear here as they are recorded, each with what it
        still lacks.
      </p>
    );
  }
  if (groups.length === 0) {
    return (
      <p className="message message-success" data-testid="no-gaps">
        No gaps: every one of {plural(checked.requirements, 'requirement')}, {plural(checked.softwareItems, 'software item')}, {plural(checked.soup, 'SOUP item')} and{' '}
        {plural(checked.riskControls, 'risk control')} is traced.
      </p>
    );
  }
  return (
    <div className="stack">
      {groups.map(({ kind, gaps }) => (
        <section key={kind} className="card" aria-labelledby={`gaps-${kind}`} data-testid={`gaps-${kind}`}>
          <div className="card-header">
            <h2 id={`gaps-${kind}`}>
              {KIND_TITLES[kind]} <span className="badge badge-danger">{gaps.length}</span>
            </h2>
            {kind === 'suspect-link' && (
              <button type="button" className="button button-small" disabled={busy} onClick={() => onReview(gaps.flatMap((g) => (g.linkId === undefined ? [] : [g.linkId])))}>
                Mark all reviewed
              </button>
            )}
          </div>
          <ul className="gap-list">
            {gaps.map((gap) => (
              <GapRow key={`${gap.kind}-${gap.linkId ?? `${gap.record.type}-${gap.record.id}`}`} gap={gap} busy={busy} onReview={onReview} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
