import { FORM_ERROR, type FieldErrors } from '../forms/form-errors';
import { ApiCallError } from './client';

export { FORM_ERROR, type FieldErrors } from '../forms/form-errors';

/**
 * Turns a refusal into messages a form can place next to its fields. The core prefixes validation
 * messages with the field path ("owner.email: Not an e-mail address."); next to the field that prefix
 * only repeats the label, so it is dropped. Fields the form does not show fall back to the form message.
 */
export function fieldErrorsFrom(error: unknown, shownFields: readonly string[]): FieldErrors {
  if (!(error instanceof ApiCallError)) {
    return { [FORM_ERROR]: error instanceof Error ? error.message : String(error) };
  }
  const { field, message } = error.error;
  if (field && shownFields.includes(field)) {
    const prefix = `${field}: `;
    return { [field]: message.startsWith(prefix) ? message.slice(prefix.length) : message };
  }
  return { [FORM_ERROR]: message };
}

/** The message of any thrown value, for places without fields (row actions, loads). */
export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.error.message;
  return error instanceof Error ? error.message : String(error);
}
