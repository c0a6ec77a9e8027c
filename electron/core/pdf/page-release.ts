import { createRequire } from 'node:module';

/** A laid-out pdfmake page: what its renderer draws, item by item. */
interface LaidOutPage {
  items: unknown[];
}

/** The parts of pdfmake's renderer this module drives; the class is not part of pdfmake's typed API. */
interface PageRenderer {
  pdfDocument: { _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> }> };
  progressCallback?: (fraction: number) => void;
  renderPages(pages: LaidOutPage[]): void;
}

const require = createRequire(import.meta.url);
const renderer = (require('pdfmake/js/Renderer') as { default: { prototype: PageRenderer } }).default.prototype;

/**
 * Words a font's shaping cache may hold before it starts afresh. pdfkit keeps the shaped glyphs of every
 * distinct word it has drawn for the life of the document; in a long table most words (IDs, numbers) occur
 * once, so the cache grew with the page count. Common words are shaped again once per reset.
 */
const SHAPED_WORDS_KEPT = 20_000;
/** Pages between two looks at the caches' size (counting a cache's words walks all of them). */
const PAGES_BETWEEN_CHECKS = 16;

let installed = false;

/**
 * Teaches pdfmake's renderer to let go of each page once it is drawn: pdfmake hands over every laid-out
 * page at once and keeps them all until the last is drawn, so a long document held every line of every
 * page twice over (laid out, then as pdfkit text). Each page is drawn alone, then its items are dropped;
 * pdfkit writes a page out as soon as the next one starts. Progress is reported per page. Installed once per thread.
 */
export function installPageRelease(): void {
  if (installed) return;
  installed = true;
  const drawPages = renderer.renderPages;
  renderer.renderPages = function drawPageByPage(this: PageRenderer, pages) {
    const report = this.progressCallback;
    this.progressCallback = undefined;
    try {
      pages.forEach((page, i) => {
        drawPages.call(this, [page]);
        page.items = [];
        if ((i + 1) % PAGES_BETWEEN_CHECKS === 0) boundShapingCaches(this.pdfDocument);
        report?.((i + 1) / pages.length);
      });
    } finally {
      this.progressCallback = report;
    }
  };
}

function boundShapingCaches(doc: PageRenderer['pdfDocument']): void {
  for (const font of Object.values(doc._fontFamilies ?? {})) {
    if (font.layoutCache && Object.keys(font.layoutCache).length > SHAPED_WORDS_KEPT) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}
