import { useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { ProgressNotice } from '../../components/ProgressNotice';
import { useDocumentsExportStore, type ExportMethod } from '../../stores/documents-export-store';
import { useJobsStore } from '../../stores/jobs-store';

/** How far a running export has got, as the core reports it, with a way to stop it. */
export function JobProgress({ method, label }: { method: ExportMethod; label: string }) {
  const job = useJobsStore((state) => (state.current?.method === method ? state.current : null));
  const cancel = useDocumentsExportStore((state) => state.cancel);
  const [asked, setAsked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="job-progress">
      <ProgressNotice label={asked ? 'Stopping…' : (job?.label ?? label)} fraction={job?.fraction} />
      <button
        type="button"
        className="button button-small"
        aria-disabled={asked || undefined}
        onClick={() => {
          if (asked) return;
          setAsked(true);
          cancel()
            .then((stopping) => {
              if (!stopping) setError('Too late to stop: the export is finishing.');
            })
            .catch((caught: unknown) => setError(messageOf(caught)));
        }}
      >
        Cancel export
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
