import { LIMITS } from '../../../shared/domain/limits';
import type { FieldErrors } from '../api/field-errors';

/**
 * Client-side checks for the obvious mistakes, with the same bounds the contract enforces, so a person
 * hears about an empty field before a round trip. The core stays the judge of everything else.
 */
export function requireText(errors: FieldErrors, field: string, value: string, max: number = LIMITS.name): void {
  const trimmed = value.trim();
  if (!trimmed) errors[field] = 'Required.';
  else if (trimmed.length > max) errors[field] = `At most ${max} characters.`;
}

export function checkEmail(errors: FieldErrors, field: string, value: string): void {
  requireText(errors, field, value, LIMITS.email);
  if (!errors[field] && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())) errors[field] = 'Not an e-mail address.';
}

/** A new password and its confirmation. */
export function checkNewPassword(errors: FieldErrors, field: string, value: string, confirmField: string, confirmation: string): void {
  if (value.length < LIMITS.passwordMin) errors[field] = `At least ${LIMITS.passwordMin} characters.`;
  else if (value.length > LIMITS.passwordMax) errors[field] = `At most ${LIMITS.passwordMax} characters.`;
  if (!confirmation) errors[confirmField] = 'Type the password again.';
  else if (confirmation !== value) errors[confirmField] = 'The two passwords differ.';
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
