import { useSessionStore } from '../../stores/session-store';

/** The first instant, while the core says whether a project is already open. */
export function StartingScreen() {
  const startError = useSessionStore((state) => state.startError);
  const load = useSessionStore((state) => state.load);
  return (
    <main className="page-centered">
      <div className="brand">
        <span className="brand-name">Cairn</span>
      </div>
      {startError ? (
        <div className="card narrow">
          <h1>Cairn could not start</h1>
          <p className="message message-error" role="alert">
            {startError}
          </p>
          <button type="button" className="button" onClick={() => void load()}>
            Try again
          </button>
        </div>
      ) : (
        <p role="status" className="muted">
          Starting…
        </p>
      )}
    </main>
  );
}
