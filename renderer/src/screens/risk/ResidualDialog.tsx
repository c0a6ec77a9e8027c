import type { RiskRow } from '../../../../shared/api/risk-types';
import { evaluateRisk } from '../../../../shared/risk/evaluate';
import { api } from '../../api/client';
import { FORM_ERROR } from '../../api/field-errors';
import { Dialog } from '../../components/Dialog';
import { TextAreaField } from '../../components/TextAreaField';
import { useForm } from '../../hooks/use-form';
import { useRiskStore } from '../../stores/risk-store';
import { DialogActions } from './DialogActions';
import { EstimateFields, estimateInput, estimateValues } from './EstimateFields';

/**
 * Records P and S after control (ISO 14971 7.3). The resulting cell and verdict show as soon as the
 * levels are chosen; an unacceptable residual risk asks for the benefit-risk analysis (7.4).
 */
export function ResidualDialog({ chain, onClose }: { chain: RiskRow; onClose: () => void }) {
  const plan = useRiskStore((s) => s.plan);
  const run = useRiskStore((s) => s.run);
  const form = useForm<Record<string, string>>({ ...estimateValues('residual.', chain.residual ?? chain.initial), benefitRisk: chain.benefitRisk });
  if (!plan) return null;
  const scales = plan.scales;
  const preview = evaluateRisk(scales, estimateInput(scales, form.values, 'residual.'), 'residual.');

  async function save(v: Record<string, string>) {
    await run(
      () => api('risk.setResidual', { id: chain.id, residual: estimateInput(scales, v, 'residual.'), benefitRisk: v.benefitRisk ?? '' }),
      (r) => `${r.humanId} residual risk: ${r.residual?.cell ?? ''}, ${r.residual?.acceptability ?? ''}.`,
    );
    onClose();
  }

  return (
    <Dialog
      title={`Residual risk of ${chain.humanId}`}
      description={`Initial ${chain.initial.cell} (${chain.initial.acceptability}); controls: ${chain.controls.map((c) => c.humanId).join(', ') || 'none'}.`}
      onClose={onClose}
      wide
    >
      <form noValidate onSubmit={(event) => void form.submit(event, () => ({}), save)}>
        <div className="field-grid">
          <EstimateFields scales={scales} prefix="residual." field={form.field} />
        </div>
        <p className="risk-preview" aria-live="polite" data-testid="residual-preview">
          {preview.ok ? (
            <>
              Residual risk {preview.value.cell}:{' '}
              <strong className={`risk-verdict risk-verdict-${preview.value.acceptability}`}>{preview.value.acceptability === 'acceptable' ? 'Acceptable' : 'Unacceptable'}</strong>
            </>
          ) : (
            'Choose the levels to see the cell.'
          )}
        </p>
        <TextAreaField
          label="Benefit-risk analysis"
          hint="Required when the residual risk stays unacceptable: why the medical benefit outweighs it (ISO 14971 7.4)."
          rows={3}
          {...form.field('benefitRisk')}
        />
        <DialogActions error={form.errors[FORM_ERROR]} busy={form.busy} busyLabel="Saving…" label="Save residual risk" />
      </form>
    </Dialog>
  );
}
