import { useState } from 'react';
import type { ProjectInfo } from '../../../../shared/api/types';
import { canManageTeam } from '../../../../shared/domain/roles';
import { LIMITS } from '../../../../shared/domain/limits';
import { FORM_ERROR, type FieldErrors } from '../../api/field-errors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { localDate } from '../../forms/format';
import { requireText } from '../../forms/validate';
import { useForm } from '../../hooks/use-form';
import { useProjectSummaryStore } from '../../stores/project-summary-store';
import { useSessionStore } from '../../stores/session-store';

function validate(values: { productName: string; manufacturer: string }): FieldErrors {
  const errors: FieldErrors = {};
  requireText(errors, 'productName', values.productName);
  requireText(errors, 'manufacturer', values.manufacturer);
  return errors;
}

export function ProductCard({ project }: { project: ProjectInfo }) {
  const role = useSessionStore((state) => state.status?.user?.role);
  const [editing, setEditing] = useState(false);
  const mayEdit = role !== undefined && canManageTeam(role);
  return (
    <section className="card" aria-labelledby="product-title">
      <div className="card-header">
        <h2 id="product-title">Product</h2>
        {mayEdit && !editing && (
          <button type="button" className="button button-small" onClick={() => setEditing(true)}>
            Edit product details
          </button>
        )}
      </div>
      {editing ? (
        <ProductForm project={project} onDone={() => setEditing(false)} />
      ) : (
        <dl className="facts">
          <dt>Product</dt>
          <dd data-testid="product-name">{project.productName}</dd>
          <dt>Manufacturer</dt>
          <dd data-testid="manufacturer">{project.manufacturer}</dd>
          <dt>Project file</dt>
          <dd className="mono">{project.path}</dd>
          <dt>Created</dt>
          <dd>
            {localDate(project.createdAt)} with Cairn {project.createdWith}
          </dd>
        </dl>
      )}
    </section>
  );
}

function ProductForm({ project, onDone }: { project: ProjectInfo; onDone: () => void }) {
  const update = useProjectSummaryStore((state) => state.update);
  const form = useForm({ productName: project.productName, manufacturer: project.manufacturer });
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.submit(event, validate, async (v) => {
          // Only what changed is sent, so the audit trail records exactly what the owner altered.
          const changes = {
            productName: v.productName.trim() !== project.productName ? v.productName : undefined,
            manufacturer: v.manufacturer.trim() !== project.manufacturer ? v.manufacturer : undefined,
          };
          if (changes.productName !== undefined || changes.manufacturer !== undefined) await update(changes);
          onDone();
        })
      }
    >
      <FormError message={form.errors[FORM_ERROR]} />
      <TextField label="Product name" required maxLength={LIMITS.name} autoFocus {...form.field('productName')} />
      <TextField label="Manufacturer" required maxLength={LIMITS.name} {...form.field('manufacturer')} />
      <div className="button-row">
        <SubmitButton busy={form.busy} busyLabel="Saving…">
          Save
        </SubmitButton>
        <button type="button" className="button button-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
