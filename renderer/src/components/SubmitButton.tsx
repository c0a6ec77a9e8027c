import type { ReactNode } from 'react';

interface SubmitButtonProps {
  busy: boolean;
  children: ReactNode;
  /** What the button says while the work runs, e.g. "Creating…". */
  busyLabel: string;
  variant?: 'primary' | 'plain';
}

/**
 * Stays focusable while busy (aria-disabled rather than disabled) so keyboard focus is not thrown to the
 * page body mid-submit; the form's own guard ignores a second press.
 */
export function SubmitButton({ busy, children, busyLabel, variant = 'primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={`button${variant === 'primary' ? ' button-primary' : ''}`} aria-disabled={busy || undefined}>
      {busy && <span className="spinner" aria-hidden="true" />}
      {busy ? busyLabel : children}
    </button>
  );
}
