import { useState } from 'react';
import type { RiskRecordKind, RiskRow } from '../../../../shared/api/risk-types';
import { CAUSE_CATEGORIES, CAUSE_CATEGORY_LABELS, HAZARD_CATEGORIES, HAZARD_CATEGORY_LABELS, type CauseCategory, type HazardCategory } from '../../../../shared/risk/catalogue';
import { evaluateRisk } from '../../../../shared/risk/evaluate';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { differs, useUnsavedGuard } from '../../hooks/use-unsaved-guard';
import { useRiskStore } from '../../stores/risk-store';
import { DialogActions } from './DialogActions';
import { CausesEditor, type CauseDraft } from './CausesEditor';
import { EstimateFields, estimateInput, estimateValues } from './EstimateFields';
import { NEW_RECORD, RecordPicker } from './RecordPicker';

/** The form's starting values: blank for a new chain, the chain's own for an edit. */
function valuesOf(chain: RiskRow | undefined): Record<string, string> {
  const id = (record: { id: number } | undefined) => (record ? String(record.id) : '');
  return {
    hazardId: id(chain?.hazard),
    hazardName: '',
    hazardCategory: 'information-data',
    situationId: id(chain?.situation),
    situationName: '',
    harmId: id(chain?.harm),
    harmName: '',
    sequenceOfEvents: chain?.sequenceOfEvents ?? '',
    ...estimateValues('initial.', chain?.initial ?? null),
  };
}

const draftsOf = (chain: RiskRow | undefined): CauseDraft[] =>
  (chain?.causes ?? []).map((c) => ({ itemId: c.itemId, itemLabel: `${c.itemHumanId} ${c.itemName}`, category: c.category, description: c.description }));
const PARTS = [
  { kind: 'hazard', label: 'Hazard' },
  { kind: 'situation', label: 'Hazardous situation' },
  { kind: 'harm', label: 'Harm' },
] as const satisfies readonly { kind: RiskRecordKind; label: string }[];

/**
 * Adds a chain, or edits one when `chain` is given: hazard → sequence of events → hazardous situation →
 * harm, each picked or created here, with the software items that can contribute and the initial
 * estimate. New records are created first; once created the form keeps them chosen, so a refused
 * estimate never creates them twice.
 */
export function ChainDialog({ chain, onClose }: { chain?: RiskRow; onClose: () => void }) {
  const plan = useRiskStore((s) => s.plan);
  const records = useRiskStore((s) => s.records);
  const tree = useRiskStore((s) => s.tree);
  const { run, select } = useRiskStore.getState();
  const form = useForm(valuesOf(chain));
  const [causes, setCauses] = useState<CauseDraft[]>(() => draftsOf(chain));
  useUnsavedGuard(!form.busy && differs(causes, draftsOf(chain)));
  if (!plan || !records) return null;
  const scales = plan.scales;
  const lists = { hazard: records.hazards, situation: records.situations, harm: records.harms };

  function validate(v: Record<string, string>) {
    const errors: Record<string, string> = {};
    for (const { kind, label } of PARTS) {
      if (!v[`${kind}Id`]) errors[`${kind}Id`] = `Choose a ${label.toLowerCase()} or a new one.`;
      else if (v[`${kind}Id`] === NEW_RECORD && !v[`${kind}Name`]?.trim()) errors[`${kind}Name`] = 'Name it.';
    }
    const estimate = evaluateRisk(scales, estimateInput(scales, v, 'initial.'), 'initial.');
    if (!estimate.ok) errors[estimate.problem.field ?? FORM_ERROR] = estimate.problem.message;
    return errors;
  }

  async function save(v: Record<string, string>) {
    const ids: Partial<Record<RiskRecordKind, number>> = {};
    for (const { kind } of PARTS) {
      if (v[`${kind}Id`] !== NEW_RECORD) {
        ids[kind] = Number(v[`${kind}Id`]);
        continue;
      }
      const created = await api('risk.addRecord', {
        kind,
        name: v[`${kind}Name`] ?? '',
        ...(kind === 'hazard' ? { category: v.hazardCategory as HazardCategory } : {}),
      });
      ids[kind] = created.id;
      form.set(`${kind}Id`, String(created.id));
    }
    const fields = {
      hazardId: ids.hazard ?? 0,
      situationId: ids.situation ?? 0,
      harmId: ids.harm ?? 0,
      sequenceOfEvents: v.sequenceOfEvents ?? '',
      initial: estimateInput(scales, v, 'initial.'),
      causes: causes.map((c) => ({ itemId: c.itemId, category: c.category as CauseCategory, description: c.description })),
    };
    const row = await run(
      () => (chain ? api('risk.updateChain', { id: chain.id, ...fields }) : api('risk.addChain', fields)),
      (r) => `${r.humanId} ${chain ? 'changed' : 'added'}: ${r.initial.cell}, ${r.initial.acceptability}.`,
      true,
    );
    select(row.id);
    onClose();
  }

  return (
    <Dialog
      title={chain ? `Edit ${chain.humanId}` : 'Add a risk chain'}
      description="Hazard → sequence of events → hazardous situation → harm, with its initial risk before any control."
      onClose={onClose}
      wide
    >
      <form noValidate onSubmit={(event) => void form.submit(event, validate, save)}>
        <div className="field-grid">
          {PARTS.map(({ kind, label }) => (
            <RecordPicker key={kind} label={label} records={lists[kind]} choice={form.field(`${kind}Id`)} name={form.field(`${kind}Name`)} />
          ))}
          {form.values.hazardId === NEW_RECORD && (
            <SelectField
              label="Hazard category"
              options={HAZARD_CATEGORIES.map((c) => ({ value: c, label: HAZARD_CATEGORY_LABELS[c] }))}
              {...form.field('hazardCategory')}
              className="field-wide"
            />
          )}
          <div className="field-wide">
            <TextAreaField label="Sequence of events" hint="How the hazard turns into the hazardous situation." rows={2} {...form.field('sequenceOfEvents')} />
          </div>
        </div>
        <CausesEditor tree={tree} causes={causes} categories={CAUSE_CATEGORIES.map((c) => ({ value: c, label: CAUSE_CATEGORY_LABELS[c] }))} onChange={setCauses} />
        <fieldset className="fieldset">
          <legend>Initial risk, before any control</legend>
          <p className="field-hint">
            Estimate P as it really is. For the software safety classification (IEC 62304 4.3) a different rule applies: a software failure is taken as certain to happen, and only
            controls outside the software system count.
          </p>
          <div className="field-grid">
            <EstimateFields scales={scales} prefix="initial." field={form.field} />
          </div>
        </fieldset>
        <DialogActions error={form.errors[FORM_ERROR]} busy={form.busy} busyLabel="Saving…" label={chain ? 'Save chain' : 'Add chain'} />
      </form>
    </Dialog>
  );
}
