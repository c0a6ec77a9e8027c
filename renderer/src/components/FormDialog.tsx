import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ScreenMessages } from './ScreenMessages';

interface FormDialogProps {
  title: string;
  description: ReactNode;
  submitLabel: string;
  error: string | null;
  onSubmit(): void;
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
          onSubmit();
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
