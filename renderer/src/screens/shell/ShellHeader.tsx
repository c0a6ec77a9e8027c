import { useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { RoleBadge } from '../../components/RoleBadge';
import { useSessionStore } from '../../stores/session-store';
import { confirmLeave } from '../../stores/unsaved-store';

export function ShellHeader() {
  const project = useSessionStore((state) => state.status?.project);
  const user = useSessionStore((state) => state.status?.user);
  const signOut = useSessionStore((state) => state.signOut);
  const close = useSessionStore((state) => state.close);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    if (!confirmLeave()) return;
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  return (
    <header className="shell-header">
      <span className="brand-name small">Cairn</span>
      <span className="shell-product" title={project?.path}>
        {project?.productName}
      </span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      <div className="shell-user">
        {user && (
          <span data-testid="signed-in-user">
            <span className="visually-hidden">Signed in as </span>
            {user.name} <RoleBadge role={user.role} />
          </span>
        )}
        <button type="button" className="button button-small" onClick={() => void run(signOut)}>
          Sign out
        </button>
        <button type="button" className="button button-small" onClick={() => void run(close)}>
          Close project
        </button>
      </div>
    </header>
  );
}
