import type { Content, ContentAnchor, ContentText, ContentTocItem } from 'pdfmake/interfaces';
import type { ContentSection } from '../../../shared/documents/content';
import { renderBlock, type Frame } from './blocks';
import { printable } from './format';

/** Where a document's headings sit in the PDF's contents and bookmark trees. */
export interface HeadingScope {
  /** Makes node ids unique across a bundle of documents. */
  idPrefix: string;
  /** Bookmark to hang top-level headings under (the document's own bookmark in a technical file). */
  outlineParentId?: string;
  /** Extra contents indentation levels (1 inside a technical file, where documents are level 0). */
  levelOffset: number;
  /** The writable area of the pages the sections land on, for blocks that scale to fit. */
  frame: Frame;
}

/** A text node that is also a contents entry. */
export type HeadingNode = ContentText & Pick<ContentAnchor, 'id'> & Pick<ContentTocItem, 'tocItem' | 'tocStyle' | 'tocMargin'>;

/** A heading that is listed in the contents and bookmarked; `level` 0 is the top of its tree. */
export function tocHeading(text: string, style: string, level: number, id: string, outlineParentId?: string): HeadingNode {
  return {
    text,
    style,
    id,
    tocItem: true,
    tocStyle: `toc${Math.min(level + 1, 3)}`,
    tocMargin: [level * 14, level === 0 ? 5 : 2, 0, 0],
    outline: true,
    outlineText: text,
    ...(outlineParentId ? { outlineParentId } : {}),
    // Marks the node for the orphan check in page-setup.ts: a heading never ends a page.
    headlineLevel: level + 1,
  };
}

/** Renders sections with numbered headings (1, 1.1, 1.1.1) in contents and bookmarks. */
export function renderSections(sections: ContentSection[], scope: HeadingScope): Content[] {
  return sections.flatMap((section, i) => renderSection(section, [i + 1], scope, scope.outlineParentId));
}

function renderSection(section: ContentSection, path: number[], scope: HeadingScope, parentId: string | undefined): Content[] {
  const number = path.join('.');
  const id = `${scope.idPrefix}:${number}`;
  const depth = path.length;
  const heading = tocHeading(`${number}\u2002${printable(section.heading)}`, `h${Math.min(depth, 3)}`, depth - 1 + scope.levelOffset, id, parentId);
  const children = (section.subsections ?? []).flatMap((sub, i) => renderSection(sub, [...path, i + 1], scope, id));
  // A figure does not fit beside most of a page of text: a section opening with one starts a page, so
  // its heading is never left alone at the foot of the previous page.
  const opensWithFigure = section.blocks[0]?.kind === 'diagram';
  return [opensWithFigure ? { ...heading, pageBreak: 'before' as const } : heading, ...section.blocks.map((block) => renderBlock(block, scope.frame)), ...children];
}
