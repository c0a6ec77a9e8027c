import { useState } from 'react';

const shown = (n: number) => (n !== 0 && n < 1e-3 ? n.toExponential() : String(n));

/**
 * A probability typed as text ("1e-5", "0.001"): the number reaches the draft only once it parses, so a
 * half-typed exponent never turns into NaN. A new value from outside (a preset, undo) replaces the text.
 */
export function RangeInput({ label, value, invalid, onChange }: { label: string; value: number; invalid: boolean; onChange: (n: number) => void }) {
  const [text, setText] = useState(shown(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(shown(value));
  }
  return (
    <input
      className="input risk-range-input"
      aria-label={label}
      aria-invalid={invalid || undefined}
      inputMode="decimal"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const n = Number(event.target.value);
        if (event.target.value.trim() !== '' && Number.isFinite(n)) {
          setSeen(n);
          onChange(n);
        }
      }}
    />
  );
}
