import { useState } from 'react';
import type { ReleaseDetail } from '../../../../shared/api/releases-types';
import { AnomalyTable } from './AnomalyTable';
import { ApproveStep } from './ApproveStep';
import { ArtefactPicker } from './ArtefactPicker';
import { ChecklistItems } from './ChecklistItems';
import { DeliveryConfirmation } from './DeliveryConfirmation';
import { RELEASE_STEPS, STEP_DEFS, stepDone, type ReleaseStep } from './release-steps';
import { ReleaseDocuments } from './ReleaseDocuments';
import { ReleaseTextForm, type TextFieldDef } from './ReleaseTextForm';
import { confirmLeave } from '../../stores/unsaved-store';

interface ReleaseWizardProps {
  release: ReleaseDetail;
  onSaved(message: string): void;
  onError(message: string): void;
}

const TEXT_FIELDS: Partial<Record<ReleaseStep, TextFieldDef[]>> = {
  version: [
    { key: 'title', label: 'Title', hint: 'A short name for the release, e.g. “First market release”.' },
    { key: 'releaseNotes', label: 'Release notes', hint: 'What changed for users, in words they understand.', rows: 6 },
  ],
  build: [
    { key: 'buildProcedure', label: 'Build procedure', hint: 'The steps that turn the tagged source into the released files.', rows: 6 },
    { key: 'buildEnvironment', label: 'Build environment', hint: 'Build machine, operating system, compilers and tools with their versions.', rows: 4 },
  ],
  archive: [{ key: 'archiveLocation', label: 'Archive location', hint: 'Where the software, its configuration items and documents are kept for the product lifetime.' }],
  delivery: [
    { key: 'delivery', label: 'Delivery procedure', hint: 'Replication, labelling, packaging, protection, storage and delivery, e.g. signed installers and checksums.', rows: 5 },
  ],
};

/** The 5.8 release as steps beside their checklist items, each marked done or blocked. */
export function ReleaseWizard({ release, onSaved, onError }: ReleaseWizardProps) {
  const [step, setShownStep] = useState<ReleaseStep>('version');
  // Another step unmounts this one's form: typed, unsaved text asks first.
  const setStep = (next: ReleaseStep) => {
    if (confirmLeave()) setShownStep(next);
  };
  const index = RELEASE_STEPS.indexOf(step);
  const def = STEP_DEFS[step];
  const fields = TEXT_FIELDS[step];
  const items = release.checklist.items.filter((i) => def.clauses.includes(i.clause));

  return (
    <div className="wizard">
      <nav aria-label="Release steps">
        <ol className="wizard-steps">
          {RELEASE_STEPS.map((s, i) => {
            const done = stepDone(s, release.checklist);
            return (
              <li key={s}>
                <button type="button" className="wizard-step" aria-current={s === step ? 'step' : undefined} onClick={() => setStep(s)} data-testid={`release-step-${s}`}>
                  <span className={`milestone-mark${done ? ' done' : ' missing'}`} aria-hidden="true" />
                  <span>
                    {i + 1}. {STEP_DEFS[s].title}
                    <span className={`wizard-step-state${done ? '' : ' step-missing'}`}>{done ? 'Done' : 'Blocked'}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section className="card" aria-labelledby="release-step-title">
        <h2 id="release-step-title">
          Step {index + 1} of {RELEASE_STEPS.length}: {def.title}
        </h2>
        <p className="reviewer-note">{def.explain}</p>
        <ChecklistItems items={items} />
        {step === 'anomalies' && <AnomalyTable anomalies={release.anomalies} />}
        {fields && <ReleaseTextForm key={`${release.id}-${step}-${release.status}`} release={release} fields={fields} onSaved={onSaved} />}
        {step === 'archive' && <ArtefactPicker release={release} onSaved={onSaved} onError={onError} />}
        {step === 'delivery' && <DeliveryConfirmation key={`${release.id}-${release.confirmations['delivery-verified']?.confirmedAt ?? ''}`} release={release} onSaved={onSaved} />}
        {step === 'approve' && (
          <>
            <ApproveStep release={release} onSaved={onSaved} onError={onError} />
            <h3>Documents</h3>
            <ReleaseDocuments release={release} onError={onError} />
          </>
        )}
        <div className="wizard-nav">
          <button type="button" className="button" disabled={index === 0} onClick={() => setStep(RELEASE_STEPS[index - 1] ?? step)}>
            Previous step
          </button>
          <button type="button" className="button" disabled={index === RELEASE_STEPS.length - 1} onClick={() => setStep(RELEASE_STEPS[index + 1] ?? step)}>
            Next step
          </button>
        </div>
      </section>
    </div>
  );
}
