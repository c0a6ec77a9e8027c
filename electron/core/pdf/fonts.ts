import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pdfmake from 'pdfmake';

/** The one family every Cairn PDF uses: Roboto covers accented Latin, Greek and Cyrillic. */
export const FONT_FAMILY = 'Roboto';

/**
 * Where pdfmake's Roboto TTFs live, found through the package rather than a relative path so it holds
 * from source (tsx) and from a bundle whose node_modules sit beside it.
 */
export function robotoFiles(): { normal: string; bold: string; italics: string; bolditalics: string } {
  const dir = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  return {
    normal: join(dir, 'Roboto-Regular.ttf'),
    // Medium rather than Bold: a calmer weight for headings on a printed page.
    bold: join(dir, 'Roboto-Medium.ttf'),
    italics: join(dir, 'Roboto-Italic.ttf'),
    bolditalics: join(dir, 'Roboto-MediumItalic.ttf'),
  };
}

let configured = false;

/**
 * pdfmake, set up once: embedded Roboto only, no URL fetches, and local reads limited to the font files,
 * so a document definition can never make the core read or fetch anything else.
 */
export function configuredPdfmake(): typeof pdfmake {
  if (!configured) {
    const files = robotoFiles();
    const allowed = new Set(Object.values(files).map((file) => resolve(file)));
    pdfmake.setFonts({ [FONT_FAMILY]: files });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)));
    configured = true;
  }
  return pdfmake;
}
