import { useState } from 'react';
import { SOUP_RISK_LEVELS, type SoupView } from '../../../../shared/api/soup-types';
import { SOUP_FIELD_LABELS, type SoupRequiredField } from '../../../../shared/soup/required-fields';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { useSoupStore } from '../../stores/soup-store';
import { SoupItemsDialog } from './SoupItemsDialog';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';

const TEXT_FIELDS = [
  ['purpose', 'Purpose: why the software uses it'],
  ['functionalRequirements', 'Functional requirements (5.3.3)'],
  ['performanceRequirements', 'Performance requirements (5.3.3)'],
  ['hardwareSoftwareRequirements', 'Required hardware and software (5.3.4)'],
] as const;

type Draft = Pick<
  SoupView,
  'supplier' | 'licence' | 'website' | 'purpose' | 'functionalRequirements' | 'performanceRequirements' | 'hardwareSoftwareRequirements' | 'riskLevel' | 'anomalyReview'
> & {
  anomalyReviewedAt: string;
};

const draftOf = (s: SoupView): Draft => ({
  supplier: s.supplier,
  licence: s.licence,
  website: s.website,
  purpose: s.purpose,
  functionalRequirements: s.functionalRequirements,
  performanceRequirements: s.performanceRequirements,
  hardwareSoftwareRequirements: s.hardwareSoftwareRequirements,
  riskLevel: s.riskLevel,
  anomalyReview: s.anomalyReview,
  anomalyReviewedAt: s.anomalyReviewedAt ?? '',
});

/** A field the class requires and that is still empty gets "required" in its label. */
function label(text: string, field: SoupRequiredField, missing: readonly SoupRequiredField[]) {
  return missing.includes(field) ? `${text} — required for class` : text;
}

/** Edits one SOUP item: the fields its class asks for, the anomaly review with its date, the items using it. */
export function SoupEditor({ soup }: { soup: SoupView }) {
  const [draft, setDraft] = useState(() => draftOf(soup));
  useUnsavedGuard(differs(draft, draftOf(soup)));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const update = useSoupStore((s) => s.update);
  const remove = useSoupStore((s) => s.remove);
  const change = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function save() {
    setError(null);
    setNotice(null);
    const before = draftOf(soup);
    const changed: Record<string, string | null> = Object.fromEntries(Object.entries(draft).filter(([k, v]) => before[k as keyof Draft] !== v));
    if (Object.keys(changed).length === 0) return setNotice('Nothing to save.');
    if ('anomalyReviewedAt' in changed) changed.anomalyReviewedAt = draft.anomalyReviewedAt || null;
    try {
      await update({ id: soup.id, ...changed });
      setNotice(`${soup.humanId} saved.`);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section className="soup-editor" aria-labelledby="soup-editor-title">
      <h2 id="soup-editor-title">
        {soup.humanId} {soup.name} {soup.version}
      </h2>
      <p className="muted">
        {soup.ecosystem} · {soup.direct ? 'direct' : 'transitive'} · held to class {soup.safetyClass}
        {soup.source ? ` · from ${soup.source}` : ' · entered by hand'}
      </p>
      {soup.missing.length > 0 && (
        <p className="soup-missing">
          Still needed for class {soup.safetyClass}: {soup.missing.map((m) => SOUP_FIELD_LABELS[m]).join(', ')}.
        </p>
      )}
      <div className="field-grid">
        <label className="field">
          <span className="field-label">{label('Manufacturer or supplier', 'supplier', soup.missing)}</span>
          <input className="input" value={draft.supplier} onChange={(e) => change('supplier', e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Licence</span>
          <input className="input" value={draft.licence} onChange={(e) => change('licence', e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Website or issue tracker</span>
          <input className="input" type="url" value={draft.website} onChange={(e) => change('website', e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{label('Risk if it fails (7.1.2)', 'riskLevel', soup.missing)}</span>
          <select className="select" value={draft.riskLevel} onChange={(e) => change('riskLevel', e.target.value)}>
            <option value="">Not set</option>
            {SOUP_RISK_LEVELS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      </div>
      {TEXT_FIELDS.map(([key, text]) => (
        <label key={key} className="field">
          <span className="field-label">{label(text, key, soup.missing)}</span>
          <textarea className="textarea" rows={2} value={draft[key]} onChange={(e) => change(key, e.target.value)} />
        </label>
      ))}
      <fieldset className="soup-anomaly">
        <legend>{label(`Known-anomaly review for ${soup.version} (7.1.3)`, 'anomalyReview', soup.missing)}</legend>
        {soup.anomalyReviewedAt && soup.anomalyReviewedVersion !== soup.version && (
          <p className="soup-missing">
            The last review was for version {soup.anomalyReviewedVersion}; review the anomalies of {soup.version}.
          </p>
        )}
        <label className="field">
          <span className="field-label">Date reviewed</span>
          <input className="input" type="date" value={draft.anomalyReviewedAt} onChange={(e) => change('anomalyReviewedAt', e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">Outcome</span>
          <textarea className="textarea" rows={2} value={draft.anomalyReview} onChange={(e) => change('anomalyReview', e.target.value)} />
        </label>
      </fieldset>
      <p>Used by: {soup.usedBy.length ? soup.usedBy.map((u) => `${u.humanId} ${u.name}${u.suspect ? ' (link suspect)' : ''}`).join(', ') : 'no software item yet'}.</p>
      <ScreenMessages error={error} notice={notice} />
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void save()}>
          Save {soup.humanId}
        </button>
        <button type="button" className="button" onClick={() => setPicking(true)}>
          Software items…
        </button>
        <button type="button" className="button button-danger" onClick={() => void remove(soup.id).catch((e: unknown) => setError(messageOf(e)))}>
          Take out of use
        </button>
      </div>
      {picking && <SoupItemsDialog soup={soup} onClose={() => setPicking(false)} />}
    </section>
  );
}
