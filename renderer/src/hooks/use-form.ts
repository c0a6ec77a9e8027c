import { useCallback, useRef, useState, type FormEvent } from 'react';
import type { MethodName, ParsedInputOf } from '../../../shared/api/contract';
import { fieldErrorsFrom, type FieldErrors } from '../api/field-errors';
import { parseFormInput, type ParsedForm } from '../forms/parse-input';
import { hasErrors } from '../forms/validate';
import { useUnsavedGuard } from './use-unsaved-guard';

export interface FieldBinding {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/**
 * Values, errors and the busy flag of one form. Values that differ from the last saved or loaded ones
 * count as unsaved work: leaving asks first (see useUnsavedGuard). Forms that only choose what to show or
 * fetch (a filter, a comparison, a path to open, a password to sign in) pass `guardUnsaved: false`.
 * `submit` runs the client checks, then the action, and places the core's refusal next to the field it names; focus moves to the first field in error so a
 * keyboard or screen-reader user lands where the problem is.
 */
/** How a form's values become a contract method's input: which method, the raw input, and checks the schema cannot make. */
export interface FormInput<M extends MethodName, V> {
  method: M;
  input: (values: V) => Record<string, unknown>;
  check?: (values: V) => FieldErrors;
}

export function useForm<V extends Record<string, string>>(initial: V, options: { guardUnsaved: boolean } = { guardUnsaved: true }) {
  const [values, setValues] = useState<V>(initial);
  const [saved, setSaved] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [fieldNames] = useState(() => Object.keys(initial));
  // Counts resets, so a submit whose action reset the form does not mark the typed values as saved.
  const resets = useRef(0);
  useUnsavedGuard(options.guardUnsaved && !busy && fieldNames.some((name) => values[name] !== saved[name]));

  const set = useCallback((name: keyof V & string, value: string) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => (previous[name] ? { ...previous, [name]: undefined } : previous));
  }, []);

  const field = (name: keyof V & string): FieldBinding => ({
    name,
    value: values[name] ?? '',
    error: errors[name],
    onChange: (value) => set(name, value),
  });

  /** Runs a check that yields the action's input (or the errors to show), then the action; the core's refusal lands on its field. */
  async function runChecked<I>(event: FormEvent<HTMLFormElement>, check: (values: V) => ParsedForm<I>, action: (input: I, values: V) => Promise<void>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const focusFirstError = () => requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    const checked = check(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    setBusy(true);
    const resetsBefore = resets.current;
    try {
      await action(checked.input, values);
      if (resets.current === resetsBefore) setSaved(values);
    } catch (error) {
      setErrors(fieldErrorsFrom(error, fieldNames));
      focusFirstError();
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>, validate: (values: V) => FieldErrors, action: (values: V) => Promise<void>): Promise<void> {
    return runChecked(
      event,
      (v): ParsedForm<V> => {
        const errors = validate(v);
        return hasErrors(errors) ? { ok: false, errors } : { ok: true, input: v };
      },
      (v) => action(v),
    );
  }

  /**
   * Submits through the contract: the values become the method's input, parsed by its own schema (typed
   * values instead of casts, the schema's issue next to its field), then the action gets the parsed input.
   */
  function submitInput<M extends MethodName>(
    event: FormEvent<HTMLFormElement>,
    how: FormInput<M, V>,
    action: (input: ParsedInputOf<M>, values: V) => Promise<void>,
  ): Promise<void> {
    return runChecked(
      event,
      (v): ParsedForm<ParsedInputOf<M>> => {
        const errors = how.check?.(v) ?? {};
        return hasErrors(errors) ? { ok: false, errors } : parseFormInput(how.method, how.input(v), fieldNames);
      },
      action,
    );
  }

  /** For actions that run outside `submit` (a native dialog's choice): places the refusal the same way. */
  const showError = useCallback((error: unknown) => setErrors(fieldErrorsFrom(error, fieldNames)), [fieldNames]);

  const reset = useCallback((next: V) => {
    resets.current += 1;
    setValues(next);
    setSaved(next);
    setErrors({});
  }, []);

  return { values, errors, busy, field, set, submit, submitInput, reset, showError };
}
