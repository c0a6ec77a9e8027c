import type { ContentSection, DocumentContent } from '../../shared/documents/content';

function sectionText(s: ContentSection): string[] {
  const blocks = s.blocks.flatMap((b) => {
    if (b.kind === 'paragraph') return [b.text];
    if (b.kind === 'list') return b.items;
    if (b.kind === 'keyValue') return b.rows.flat();
    if (b.kind === 'table') return [...b.columns.map((c) => c.header), ...b.rows.flat(), b.emptyText ?? ''];
    return [b.description];
  });
  return [s.heading, ...blocks, ...(s.subsections ?? []).flatMap(sectionText)];
}

/** All the text a document's content holds (title, purpose, every block), one piece per line. */
export const textOf = (c: DocumentContent): string => [c.title, c.purpose, ...c.sections.flatMap(sectionText)].join('\n');
