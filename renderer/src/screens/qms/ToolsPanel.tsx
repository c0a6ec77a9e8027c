import { useEffect, useState } from 'react';
import { messageOf } from '../../api/field-errors';
import { useQmsStore } from '../../stores/qms-store';
import { RecordList } from './RecordList';
import { ValidateCairn } from './ValidateCairn';

/** The QMS software tools (4.1.6): Cairn's validation of itself on this computer, then the tool list it is recorded in. */
export function ToolsPanel({ onSaved, onError }: { onSaved(message: string): void; onError(message: string): void }) {
  const loadRecords = useQmsStore((state) => state.loadRecords);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    loadRecords('tool').then(
      () => setLoaded(true),
      (caught: unknown) => onError(messageOf(caught)),
    );
  }, [loadRecords, onError]);

  // A run changes Cairn's entry: the list is read again once it has been recorded.
  const saved = (message: string) => {
    onSaved(message);
    loadRecords('tool').catch((caught: unknown) => onError(messageOf(caught)));
  };
  return (
    <div className="stack">
      <ValidateCairn onSaved={saved} />
      {loaded && <RecordList kind="tool" onSaved={onSaved} />}
    </div>
  );
}
