/** Input bounds shared by the contract and the forms, so a form never accepts what the core refuses. */
export const LIMITS = {
  name: 200,
  email: 254,
  passwordMin: 10,
  passwordMax: 1024,
  path: 4096,
  text: 20_000,
  pageSize: 1000,
  /** A PDF sent back for verification, base64-encoded (about 48 MB of PDF). */
  pdfBase64: 64 * 1024 * 1024,
  p12Base64: 1024 * 1024,
} as const;
