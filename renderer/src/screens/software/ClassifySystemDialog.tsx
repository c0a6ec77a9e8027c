import { useEffect, useState, type FormEvent } from 'react';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { decideSafetyClass } from '../../../../shared/regulatory/classification';
import type { ExternalControl } from '../../../../shared/regulatory/external-controls';
import { FORM_ERROR, fieldErrorsFrom, type FieldErrors } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { RadioGroup } from '../../components/RadioGroup';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useClassificationStore } from '../../stores/classification-store';
import { ClassificationHistoryList } from './ClassificationHistoryList';
import { ExternalControlsEditor } from './ExternalControlsEditor';
import { RiskSituationsPicker, SeverityHintNote } from './RiskSituationsPicker';
import { HARM_OPTIONS, HELP, YES_NO, answersFrom, type AnswerText } from './classify-help';
import { QualificationStep, standardApplies, type QualificationState } from './QualificationStep';

const ANSWER_FIELDS = ['answers.contributesToHazardousSituation', 'answers.riskAcceptableWithExternalControls', 'answers.worstHarm'];

interface ClassifySystemDialogProps {
  system: SoftwareNode;
  onClose(): void;
  onSaved(message: string): Promise<void>;
}

/** The IEC 62304 clause 4.3 questions for one system, with the class derived live as they are answered. */
export function ClassifySystemDialog({ system, onClose, onSaved }: ClassifySystemDialogProps) {
  const history = useClassificationStore((state) => state.history);
  const riskFile = useClassificationStore((state) => state.riskFile);
  const loadHistory = useClassificationStore((state) => state.loadHistory);
  const loadRiskFile = useClassificationStore((state) => state.loadRiskFile);
  const classifySystem = useClassificationStore((state) => state.classifySystem);
  const [text, setText] = useState<AnswerText>({ contributes: '', acceptable: '', worstHarm: '' });
  // A system already classified was taken as medical device software then; a new one is asked.
  const [qualification, setQualification] = useState<QualificationState>({ choice: system.classSource === 'classified' ? 'yes' : '', answers: {} });
  const applies = standardApplies(qualification);
  const [controls, setControls] = useState<ExternalControl[]>([]);
  // Null until the user picks: until then the wizard starts from what the risk file already says, the
  // situations linked to this system or naming its software as a cause.
  const [pickedSituations, setSituationIds] = useState<number[] | null>(null);
  const situationIds = pickedSituations ?? (riskFile?.systemId === system.id ? riskFile.situations.filter((s) => s.linked || s.causedBy.length > 0).map((s) => s.id) : []);
  const [extra, setExtra] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const answers = answersFrom(text);
  const decision = decideSafetyClass(answers);

  useEffect(() => {
    loadHistory(system.id).catch((caught: unknown) => setErrors(fieldErrorsFrom(caught, [])));
    loadRiskFile(system.id).catch((caught: unknown) => setErrors(fieldErrorsFrom(caught, [])));
  }, [loadHistory, loadRiskFile, system.id]);

  const answer = (key: keyof AnswerText, field: string) => (value: string) => {
    setText((previous) => ({ ...previous, [key]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    setBusy(true);
    setErrors({});
    try {
      const contributes = answers.contributesToHazardousSituation === true;
      const externalControls = contributes ? controls.map(({ riskControlHumanId: _shown, ...c }) => c) : [];
      await classifySystem({ systemId: system.id, answers, situationIds: contributes ? situationIds : [], externalControls, rationaleExtra: extra });
      await onSaved(`${system.humanId} classified as class ${decision.ok ? decision.value.class : ''}.`);
    } catch (caught) {
      const shown = [
        ...ANSWER_FIELDS,
        'situationIds',
        ...situationIds.map((_, i) => `situationIds.${i}`),
        'externalControls',
        'rationaleExtra',
        ...controls.flatMap((_, i) => [`externalControls.${i}.control`, `externalControls.${i}.independence`, `externalControls.${i}.riskControlId`]),
      ];
      setErrors(fieldErrorsFrom(caught, shown));
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus());
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={`Classify ${system.humanId} ${system.name}`} description="Answer the IEC 62304 questions; the safety class follows from the answers." onClose={onClose} wide>
      <form noValidate onSubmit={(event) => void save(event)}>
        <QualificationStep state={qualification} onChange={setQualification} />
        {applies && (
          <RadioGroup
            legend="1. Can this software system contribute to a hazardous situation?"
            help={HELP.contributes}
            name="contributes"
            options={YES_NO}
            value={text.contributes}
            error={errors[ANSWER_FIELDS[0] ?? '']}
            onChange={answer('contributes', 'answers.contributesToHazardousSituation')}
          />
        )}
        {applies && answers.contributesToHazardousSituation === true && (
          <>
            <RiskSituationsPicker
              situations={riskFile?.situations ?? []}
              picked={situationIds}
              error={errors.situationIds ?? situationIds.map((_, i) => errors[`situationIds.${i}`]).find(Boolean)}
              onChange={setSituationIds}
            />
            <p className="muted small">{HELP.failureCertain}</p>
            <RadioGroup
              legend="2. Is the risk acceptable once only external risk controls are credited?"
              help={HELP.acceptable}
              name="acceptable"
              options={YES_NO}
              value={text.acceptable}
              error={errors[ANSWER_FIELDS[1] ?? '']}
              onChange={answer('acceptable', 'answers.riskAcceptableWithExternalControls')}
            />
            {text.acceptable !== '' && <ExternalControlsEditor controls={controls} riskControls={riskFile?.controls ?? []} errors={errors} onChange={setControls} />}
          </>
        )}
        {applies && answers.riskAcceptableWithExternalControls === false && (
          <>
            <SeverityHintNote situations={riskFile?.situations ?? []} picked={situationIds} />
            <RadioGroup
              legend="3. What is the worst harm a failure could lead to?"
              help={HELP.harm}
              name="worstHarm"
              options={HARM_OPTIONS}
              value={text.worstHarm}
              error={errors[ANSWER_FIELDS[2] ?? '']}
              onChange={answer('worstHarm', 'answers.worstHarm')}
            />
          </>
        )}
        {applies && (
          <div className="derived-class" aria-live="polite">
            {decision.ok ? (
              <>
                <p>
                  Derived class: <strong className={`badge class-badge class-${decision.value.class.toLowerCase()}`}>Class {decision.value.class}</strong>
                </p>
                <p className="small">{decision.value.rationale}</p>
              </>
            ) : decision.problem.contradiction ? (
              <p className="message message-error" data-testid="contradiction">
                {decision.problem.message}
              </p>
            ) : (
              <p className="muted small">The class appears here once the questions on this path are answered.</p>
            )}
          </div>
        )}
        {applies && (
          <TextAreaField
            label="Additional rationale (optional)"
            name="rationaleExtra"
            value={extra}
            error={errors.rationaleExtra}
            maxLength={LIMITS.text}
            rows={3}
            onChange={setExtra}
          />
        )}
        <FormError message={errors[FORM_ERROR]} />
        <div className="button-row">
          {applies && (
            <SubmitButton busy={busy} busyLabel="Saving…">
              Save classification
            </SubmitButton>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
      <ClassificationHistoryList history={history} />
    </Dialog>
  );
}
