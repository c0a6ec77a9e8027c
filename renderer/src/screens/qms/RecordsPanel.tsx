import { useEffect, useState } from 'react';
import { RECORD_KIND_DEFS, RECORD_KINDS, type RecordKind } from '../../../../shared/qms/records';
import { messageOf } from '../../api/field-errors';
import { useForm } from '../../hooks/use-form';
import { SelectField } from '../../components/SelectField';
import { useQmsStore } from '../../stores/qms-store';
import { RecordList } from './RecordList';
import { TrainingRecords } from './TrainingRecords';

type ListKey = RecordKind | 'training';
const LISTS: { value: ListKey; label: string }[] = [
  { value: 'training', label: 'Training records' },
  ...RECORD_KINDS.map((k) => ({ value: k, label: RECORD_KIND_DEFS[k].plural })),
];

/** The records the procedures call for, one list at a time. */
export function RecordsPanel({ onSaved, onError }: { onSaved(message: string): void; onError(message: string): void }) {
  const loadRecords = useQmsStore((state) => state.loadRecords);
  const loadTraining = useQmsStore((state) => state.loadTraining);
  const choice = useForm({ list: 'training' }, { guardUnsaved: false });
  const list = choice.values.list as ListKey;
  const [loaded, setLoaded] = useState<ListKey | null>(null);

  useEffect(() => {
    (list === 'training' ? loadTraining() : loadRecords(list)).then(
      () => setLoaded(list),
      (caught: unknown) => onError(messageOf(caught)),
    );
  }, [list, loadRecords, loadTraining, onError]);

  return (
    <div className="stack">
      <SelectField label="Record list" options={LISTS} {...choice.field('list')} />
      {loaded === list && (list === 'training' ? <TrainingRecords onSaved={onSaved} /> : <RecordList kind={list} onSaved={onSaved} />)}
    </div>
  );
}
