import type { ReactNode } from 'react';

interface RecoveryKeyCardProps {
  title: string;
  /** Why the key is shown now and what it opens. */
  children: ReactNode;
  recoveryKey: string;
  /** The person says the key is stored: it is then forgotten, as Cairn keeps no copy. */
  onStored: () => void;
}

/** A recovery key shown the one time Cairn has it (a new file, an encrypted one, a replaced key). */
export function RecoveryKeyCard({ title, children, recoveryKey, onStored }: RecoveryKeyCardProps) {
  return (
    <section className="card" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{title}</h2>
      <p>{children}</p>
      <p className="mono" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onStored}>
          I have stored the recovery key
        </button>
      </div>
    </section>
  );
}
