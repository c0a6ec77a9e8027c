/** Messages per form field (dotted path as the core names it); `form` holds what belongs to no field. */
export type FieldErrors = Partial<Record<string, string>>;

export const FORM_ERROR = 'form';
