import type { Block } from '../documents/content';

/**
 * Turns a plan step's text into document blocks: a blank line starts a new paragraph, and consecutive
 * lines starting with "- " (or "* ") form a list. Lines inside a paragraph are joined with a space, as
 * a reader of the editor expects from wrapped text.
 */
export function proseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ kind: 'list', items: list });
      list = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      const item = /^[-*]\s+(.*)$/.exec(line);
      if (item) {
        flushParagraph();
        list.push(item[1] ?? '');
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
