import { useState } from 'react';
import type { RiskRecordKind } from '../../../../shared/api/risk-types';
import { Dialog } from '../../components/Dialog';
import { Tabs } from '../../components/Tabs';
import { useRiskStore } from '../../stores/risk-store';
import { RiskRecordItem } from './RiskRecordItem';

const KINDS = [
  { key: 'hazard', label: 'Hazards', list: 'hazards' },
  { key: 'situation', label: 'Hazardous situations', list: 'situations' },
  { key: 'harm', label: 'Harms', list: 'harms' },
] as const satisfies readonly { key: RiskRecordKind; label: string; list: string }[];

/**
 * The records chains are built from, one kind per tab: rename, describe or remove them. New ones are
 * named where a chain needs them (the chain dialog), so this list never holds a record no one asked for.
 */
export function RiskRecordsDialog({ onClose }: { onClose: () => void }) {
  const records = useRiskStore((s) => s.records);
  const [kind, setKind] = useState<RiskRecordKind>('hazard');
  if (!records) return null;
  const current = KINDS.find((k) => k.key === kind) ?? KINDS[0];
  const items = records[current.list];
  return (
    <Dialog title="Hazards, hazardous situations and harms" description="Rename or describe a record, or remove one that no chain uses." onClose={onClose} wide>
      <Tabs label="Kind of record" tabs={KINDS} selected={kind} onSelect={setKind}>
        {items.length ? (
          <ul className="risk-records" aria-label={current.label}>
            {items.map((r) => (
              <RiskRecordItem key={r.id} record={r} />
            ))}
          </ul>
        ) : (
          <p className="muted">None yet. Name them while adding a risk chain.</p>
        )}
      </Tabs>
    </Dialog>
  );
}
