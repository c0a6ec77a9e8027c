import { useId, type ReactNode } from 'react';

interface GuardedButtonProps {
  children: ReactNode;
  /** Why the action is not possible now; the button stays focusable and says so. */
  reason: string | null;
  onClick: () => void;
  primary?: boolean;
}

/**
 * An action that may be unavailable. Rather than vanish or go grey without a word, it stays in the tab
 * order, is marked disabled for assistive technology, and shows its reason right under it.
 */
export function GuardedButton({ children, reason, onClick, primary }: GuardedButtonProps) {
  const reasonId = useId();
  return (
    <span className="guarded">
      <button
        type="button"
        className={`button${primary && !reason ? ' button-primary' : ''}`}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => {
          if (!reason) onClick();
        }}
      >
        {children}
      </button>
      {reason && (
        <span id={reasonId} className="guarded-reason">
          {reason}
        </span>
      )}
    </span>
  );
}
