/**
 * The PDF engine (pdfmake, fonts, signing) behind one module, so callers can load it on first use: it
 * costs about a quarter of a second at start-up that every call not exporting a PDF should not pay.
 */
export { renderBundle } from './render-bundle';
export { renderDocument } from './render-document';
export { renderPdf } from './pdf-bytes';
export { renderSignedPdf } from '../signing/sign-pdf';
