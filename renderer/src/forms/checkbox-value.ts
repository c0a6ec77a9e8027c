/**
 * How a form of strings holds a checkbox: 'true' when ticked, '' when not. Only this module knows the
 * spelling; forms show and hide fields with `isChecked` and parseFormInput turns the value into the
 * boolean the contract wants.
 */
export const CHECKED = 'true';

/** The form value of a checkbox ticked or not. */
export const checkboxValue = (checked: boolean): string => (checked ? CHECKED : '');

/** Whether a checkbox's form value is ticked (for what the form shows; the submitted value goes through the schema). */
export const isChecked = (value: string | undefined): boolean => value === CHECKED;
