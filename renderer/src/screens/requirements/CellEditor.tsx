import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CellEditor as Editor } from './requirement-columns';

interface CellEditorProps {
  editor: Extract<Editor, { kind: 'text' } | { kind: 'choice' }>;
  label: string;
  initial: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
}

/**
 * The in-place editor of one cell. Enter saves (Shift+Enter starts a new line in long text), Escape
 * cancels, and leaving the cell saves, as spreadsheets do.
 */
export function CellEditor({ editor, label, initial, onCommit, onCancel }: CellEditorProps) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    if (ref.current && 'select' in ref.current && editor.kind === 'text') ref.current.select();
  }, [editor.kind]);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && value !== initial) onCommit(value);
    else onCancel();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here belong to the editor, not to the grid's navigation.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    } else if (event.key === 'Enter' && !(event.shiftKey && editor.kind === 'text' && editor.multiline)) {
      event.preventDefault();
      finish(true);
    }
  };

  const common = { ref, 'aria-label': label, onKeyDown, onBlur: () => finish(true), className: 'cell-editor' };
  if (editor.kind === 'choice') {
    return (
      <select {...common} value={value} onChange={(e) => setValue(e.target.value)}>
        {editor.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  }
  return editor.multiline ? (
    <textarea {...common} value={value} rows={4} onChange={(e) => setValue(e.target.value)} />
  ) : (
    <input {...common} value={value} onChange={(e) => setValue(e.target.value)} />
  );
}
