import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from 'react';
import { confirmLeave, useUnsavedStore } from '../stores/unsaved-store';

interface DialogProps {
  title: string;
  /** One sentence under the title saying what the dialog does. */
  description?: ReactNode;
  children: ReactNode;
  onClose: () => void;
  wide?: boolean;
}

/** The dialog's own close, which asks first when a form inside it holds unsaved text. */
const GuardedClose = createContext<() => void>(() => undefined);

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind it inert and
 * closes it on Escape. Focus goes back to whatever opened it, so keyboard users do not lose their place.
 * Every way of closing it (Escape, Close, a Cancel button inside) asks before typed text is thrown away.
 */
export function Dialog({ title, description, children, onClose, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const id = useId();
  const close = () => {
    if (confirmLeave(id)) onClose();
  };

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    const { dialogOpened, dialogClosed } = useUnsavedStore.getState();
    dialogOpened(id);
    return () => {
      dialogClosed(id);
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [id]);

  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog-wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // The parent decides when the dialog goes away (it unmounts it); Escape only asks.
        event.preventDefault();
        close();
      }}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button-quiet button-small" onClick={close}>
          Close<span className="visually-hidden"> {title}</span>
        </button>
      </div>
      {description && (
        <p id={descriptionId} className="muted">
          {description}
        </p>
      )}
      <GuardedClose.Provider value={close}>{children}</GuardedClose.Provider>
    </dialog>
  );
}

/** A dialog's Cancel (or Done) button: closes it the same guarded way as Escape does. */
export function DialogCancel({ children = 'Cancel', quiet }: { children?: ReactNode; quiet?: boolean }) {
  const close = useContext(GuardedClose);
  return (
    <button type="button" className={quiet ? 'button button-quiet' : 'button'} onClick={close}>
      {children}
    </button>
  );
}
