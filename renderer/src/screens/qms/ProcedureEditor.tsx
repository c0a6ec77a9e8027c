import type { QmsProcedureDetail, QmsSectionView } from '../../../../shared/api/qms-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { useQmsStore } from '../../stores/qms-store';

interface SaidProps {
  onSaved(message: string): void;
  onError(message: string): void;
}

function SectionForm({ section, onSaved, onError }: { section: QmsSectionView } & SaidProps) {
  const updateSection = useQmsStore((state) => state.updateSection);
  const resetSection = useQmsStore((state) => state.resetSection);
  const form = useForm({ text: section.text });
  const source =
    section.state === 'edited'
      ? `The team’s text, revision ${section.revision}, by ${section.updatedBy ?? ''} on ${section.updatedAt?.slice(0, 10) ?? ''}.`
      : 'Cairn’s draft, written from the company profile and scope.';
  return (
    <section className="qms-section" aria-labelledby={`section-${section.id}`}>
      <h3 id={`section-${section.id}`}>{section.heading}</h3>
      <p className="muted small">
        ISO 13485:2016 {section.clauses.join(', ')} · {source}
      </p>
      <form
        noValidate
        onSubmit={(event) =>
          void form.submit(
            event,
            (v) => (v.text.trim() === section.text.trim() ? { [FORM_ERROR]: 'Nothing has changed since the last save.' } : {}),
            async (v) => {
              await updateSection(section.id, v.text);
              onSaved(`${section.heading} saved.`);
            },
          )
        }
      >
        <TextAreaField
          label={`${section.heading} — text`}
          rows={8}
          maxLength={LIMITS.text}
          hint="Separate paragraphs with a blank line; start a line with “- ” for a list item."
          {...form.field('text')}
        />
        <FormError message={form.errors[FORM_ERROR]} />
        <div className="button-row">
          <SubmitButton busy={form.busy} busyLabel="Saving…" variant="plain">
            Save section
          </SubmitButton>
          {section.state === 'edited' && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                void resetSection(section.id).then(
                  () => onSaved(`${section.heading}: back to Cairn’s draft.`),
                  (caught: unknown) => onError(messageOf(caught)),
                )
              }
            >
              Back to Cairn’s draft
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

/** One procedure's sections, each with the clauses it answers; saving one changes the document's live content. */
export function ProcedureEditor({ procedure, onBack, onSaved, onError }: { procedure: QmsProcedureDetail; onBack(): void } & SaidProps) {
  return (
    <section className="card" aria-labelledby="qms-procedure-title">
      <div className="card-header">
        <h2 id="qms-procedure-title">
          {procedure.key} {procedure.title}
        </h2>
        <button type="button" className="button" onClick={onBack}>
          Back to the procedure set
        </button>
      </div>
      <p>{procedure.purpose}</p>
      {procedure.sections.map((s) => (
        <SectionForm key={`${s.id}-${s.revision}-${s.state}`} section={s} onSaved={onSaved} onError={onError} />
      ))}
    </section>
  );
}
