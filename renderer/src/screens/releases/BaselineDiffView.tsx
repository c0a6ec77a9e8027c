import { useState } from 'react';
import { BASELINE_ITEM_LABELS, type BaselineDiff, type ReleaseSummary } from '../../../../shared/api/releases-types';
import { FORM_ERROR } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { useForm } from '../../hooks/use-form';
import { useReleasesStore } from '../../stores/releases-store';

/** Two released baselines side by side: what was added, removed and changed per kind of configuration item. */
export function BaselineDiffView({ releases }: { releases: ReleaseSummary[] }) {
  const diff = useReleasesStore((state) => state.diff);
  const released = releases.filter((r) => r.status === 'released').reverse();
  const form = useForm({ from: released.at(-2)?.version ?? released[0]?.version ?? '', to: released.at(-1)?.version ?? '' }, { guardUnsaved: false });
  const [result, setResult] = useState<BaselineDiff | null>(null);

  if (released.length === 0) return <p className="muted">No version is released yet: a baseline is frozen when a version is released.</p>;
  const options = released.map((r) => ({ value: r.version, label: r.version }));
  return (
    <>
      <form
        noValidate
        className="field-grid"
        onSubmit={(event) =>
          void form.submit(
            event,
            () => ({}),
            async (values) => setResult(await diff(values.from, values.to)),
          )
        }
      >
        <SelectField label="From version" options={options} {...form.field('from')} />
        <SelectField label="To version" options={options} {...form.field('to')} />
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Comparing…">
            Compare baselines
          </SubmitButton>
        </div>
      </form>
      {result && (
        <div data-testid="baseline-diff">
          <h3>
            Baseline {result.from} → {result.to}
          </h3>
          {result.types.map((t) => (
            <section key={t.itemType} className="diff-group" aria-label={BASELINE_ITEM_LABELS[t.itemType]}>
              <h4>
                {BASELINE_ITEM_LABELS[t.itemType]}: {t.added.length} added, {t.removed.length} removed, {t.changed.length} changed, {t.unchanged} unchanged
              </h4>
              {t.added.length + t.removed.length + t.changed.length > 0 && (
                <ul className="plain-list diff-list">
                  {t.added.map((i) => (
                    <li key={`a-${i.itemKey}`}>
                      <span className="badge badge-success">Added</span> {i.itemKey} {i.title} ({i.version})
                    </li>
                  ))}
                  {t.removed.map((i) => (
                    <li key={`r-${i.itemKey}`}>
                      <span className="badge badge-danger">Removed</span> {i.itemKey} {i.title} ({i.version})
                    </li>
                  ))}
                  {t.changed.map((i) => (
                    <li key={`c-${i.itemKey}`}>
                      <span className="badge">Changed</span> {i.itemKey} {i.title}: {i.from} → {i.to}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
