import { execFileSync, spawnSync } from 'node:child_process';

/** The poppler and qpdf tools a notified body might use: the PDF is judged from outside Cairn. */
export const pdfsig = (path: string): string => spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout;
export const pdftotext = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
export const qpdfCheckStatus = (path: string): number | null => spawnSync('qpdf', ['--check', path], { encoding: 'utf8' }).status;
