import { useState, type FormEvent, type ReactNode } from 'react';
import { messageOf } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import type { FieldBinding } from '../../hooks/use-form';
import { useSessionStore } from '../../stores/session-store';

interface PasswordGateProps {
  /** The heading's id, for the section's accessible name. */
  titleId: string;
  title: string;
  /** The line under the title: which project file this is. */
  subtitle: ReactNode;
  password: FieldBinding;
  formError: string | undefined;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Fields asked before the password (who is signing in). */
  children?: ReactNode;
}

/**
 * The page between choosing a project and working in it, whatever it asks (the password that unlocks an
 * encrypted file, or who you are and your password): the same frame, one submit, and a way back out.
 */
export function PasswordGate({ titleId, title, subtitle, password, formError, submitLabel, busyLabel, busy, onSubmit, children }: PasswordGateProps) {
  const close = useSessionStore((state) => state.close);
  const [closeError, setCloseError] = useState<string | null>(null);

  async function closeProject() {
    try {
      await close();
    } catch (error) {
      setCloseError(messageOf(error));
    }
  }

  return (
    <main className="page-centered">
      <div className="brand">
        <span className="brand-name">Cairn</span>
      </div>
      <section className="card narrow" aria-labelledby={titleId}>
        <h1 id={titleId}>{title}</h1>
        <p className="muted small">{subtitle}</p>
        <form noValidate onSubmit={onSubmit}>
          <FormError message={formError ?? closeError ?? undefined} />
          {children}
          <TextField label="Password" type="password" autoComplete="current-password" required {...password} />
          <div className="button-row">
            <SubmitButton busy={busy} busyLabel={busyLabel}>
              {submitLabel}
            </SubmitButton>
            <button type="button" className="button button-quiet" onClick={() => void closeProject()}>
              Close project
            </button>
          </div>
        </form>
      </section>
    </main>
  );
}
