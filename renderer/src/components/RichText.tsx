import { createElement, type ReactNode } from 'react';
import { parseRichText, type RichNode } from '../../../shared/text/rich-text';

function render(nodes: readonly RichNode[]): ReactNode[] {
  // Elements are built from the parsed tree with no attributes at all: nothing from the text reaches the DOM as markup.
  return nodes.map((node, i) => (typeof node === 'string' ? node : createElement(node.tag, { key: i }, ...(node.tag === 'br' ? [] : render(node.children)))));
}

interface RichTextProps {
  /** Sanitised XHTML as the core keeps it (Requirement.textXhtml); '' shows `text` instead. */
  xhtml: string;
  /** The plain reading, shown when there is no formatting and given to screen readers' titles. */
  text: string;
  /** One line (a grid cell): blocks run on, lists and tables stay readable but take no extra height. */
  inline?: boolean;
}

/**
 * Requirement text with the formatting an import brought (paragraphs, lists, bold, italic, tables).
 * The markup is parsed again here by the same safe reader the core used, so even a file edited outside
 * Cairn cannot put a script or an event handler on the screen.
 */
export function RichText({ xhtml, text, inline = false }: RichTextProps) {
  const Wrapper = inline ? 'span' : 'div';
  const className = inline ? 'rich-text rich-text-inline' : 'rich-text';
  if (!xhtml) return <Wrapper className={`${className} rich-text-plain`}>{text}</Wrapper>;
  return (
    <Wrapper className={className} data-testid="rich-text">
      {render(parseRichText(xhtml))}
    </Wrapper>
  );
}
