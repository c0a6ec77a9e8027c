import type { FormEvent, ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ScreenMessages } from './ScreenMessages';

interface FormDialogProps {
  title: string;
  description: ReactNode;
  submitLabel: string;
  error: string | null | undefined;
  /** Receives the submit event (already kept from reloading the page), for a useForm to focus the first field in error. */
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onClose(): void;
  children: ReactNode;
}

/** A dialog holding one form: Enter submits it, the core's refusal shows above the one submit button. */
export function FormDialog({ title, description, submitLabel, error, onSubmit, onClose, children }: FormDialogProps) {
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(e);
        }}
      >
        {children}
        <ScreenMessages error={error} notice={null} />
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
