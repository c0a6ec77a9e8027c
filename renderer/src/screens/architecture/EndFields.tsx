import type { ArchitectureView } from '../../../../shared/api/architecture-types';
import type { SoftwareNode } from '../../../../shared/api/software-types';
import { LIMITS } from '../../../../shared/domain/limits';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { FieldBinding } from '../../hooks/use-form';

const KIND_OPTIONS = [
  { value: 'software', label: 'Software system, item or unit' },
  { value: 'soup', label: 'SOUP item' },
  { value: 'external', label: 'External system or hardware' },
];

/** Every node of the tree as a select option, indented by depth so the structure shows. */
export function nodeOptions(nodes: SoftwareNode[], depth = 0): { value: string; label: string }[] {
  return nodes.flatMap((n) => [{ value: String(n.id), label: `${'\u00a0\u00a0'.repeat(depth)}${n.humanId} ${n.name}` }, ...nodeOptions(n.children, depth + 1)]);
}

interface EndFieldsProps {
  legend: string;
  view: ArchitectureView;
  kind: FieldBinding;
  id: FieldBinding;
  name: FieldBinding;
}

/** One end of an interface: what kind of thing, then which one (or, outside the software, its name). */
export function EndFields({ legend, view, kind, id, name }: EndFieldsProps) {
  const options = kind.value === 'software' ? nodeOptions(view.tree) : view.soupOptions.map((s) => ({ value: String(s.id), label: s.label }));
  return (
    <fieldset className="end-fields">
      <legend>{legend}</legend>
      <SelectField label={`${legend}: kind`} options={KIND_OPTIONS} {...kind} />
      {kind.value === 'external' ? (
        <TextField label={`${legend}: name of the external system`} maxLength={LIMITS.name} {...name} />
      ) : options.length ? (
        <SelectField label={`${legend}: ${kind.value === 'software' ? 'software' : 'SOUP item'}`} options={options} {...id} />
      ) : (
        <p className="muted small">{kind.value === 'soup' ? 'The SOUP list is empty: import or add SOUP first.' : 'Add a software system first.'}</p>
      )}
    </fieldset>
  );
}
