import { useState, type ReactNode } from 'react';
import { messageOf } from '../api/field-errors';
import { readAsBase64 } from '../files/read-file';
import { Dialog } from './Dialog';
import { FormError } from './FormError';

/** A file as the import methods take it: its name, its bytes, and for a workbook the sheet to read. */
export interface ImportFile {
  fileName: string;
  base64: string;
  sheet?: string;
}

/**
 * The state of a step-by-step import: the current step, one piece of work at a time (a second press while
 * busy is ignored) and the refusal of the last one, shown under the steps.
 */
export function useImportSteps<Step>(first: Step) {
  const [step, setStep] = useState<Step>(first);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function work(task: () => Promise<void>): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }
  return { step, setStep, error, busy, work };
}

interface ImportWizardProps {
  title: string;
  description: string;
  error: string | null;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog every import walks through: its steps inside, the last refusal under them. */
export function ImportWizard({ title, description, error, onClose, children }: ImportWizardProps) {
  return (
    <Dialog title={title} description={description} onClose={onClose} wide>
      {children}
      <FormError message={error ?? undefined} />
    </Dialog>
  );
}

interface ImportFilePickerProps {
  id: string;
  label: string;
  accept: string;
  busy: boolean;
  /** Receives the chosen file read into memory. */
  onRead: (file: ImportFile) => void;
}

/** The first step: choosing the file, which is read at once. */
export function ImportFilePicker({ id, label, accept, busy, onRead }: ImportFilePickerProps) {
  async function choose(file: File | undefined) {
    if (file) onRead({ fileName: file.name, base64: await readAsBase64(file) });
  }
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="file" accept={accept} disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
    </div>
  );
}

/**
 * What was read, and where the mapping shown comes from: the one used last time (for the same source, or
 * the same header line: `savedFor` says which), or Cairn's proposal.
 */
export function MappingIntro({ facts, saved, savedFor, children }: { facts: string; saved: boolean; savedFor: string; children?: ReactNode }) {
  return (
    <p>
      {facts} {saved ? `The mapping you used last time for ${savedFor} is filled in.` : 'Cairn proposed a mapping from the column names; check it.'}
      {children}
    </p>
  );
}

interface StepActionsProps {
  label: string;
  busy: boolean;
  busyLabel?: string;
  disabled?: boolean;
  onNext: () => void;
  backLabel: string;
  onBack: () => void;
}

/** A step's way on (stays focusable while busy) and its way back. */
export function StepActions({ label, busy, busyLabel = label, disabled, onNext, backLabel, onBack }: StepActionsProps) {
  return (
    <div className="button-row">
      <button type="button" className="button button-primary" disabled={disabled} aria-disabled={busy || undefined} onClick={onNext}>
        {busy ? busyLabel : label}
      </button>
      <button type="button" className="button" onClick={onBack}>
        {backLabel}
      </button>
    </div>
  );
}

/** The last step: what the import did, announced, and the way out. */
export function ImportDone({ summary, onClose, children }: { summary: ReactNode; onClose: () => void; children?: ReactNode }) {
  return (
    <div role="status">
      <p className="message message-success">{summary}</p>
      {children}
      <button type="button" className="button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
