/**
 * The PDF engine (worker start-up, signing) behind one module, so callers can load it on first use: it
 * costs start-up time that every call not exporting a PDF should not pay.
 */
export { renderInWorker } from './render-in-worker';
export { signPreparedPdf } from '../signing/sign-pdf';
