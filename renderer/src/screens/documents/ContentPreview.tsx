import type { Block, ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { ArchitectureDiagram } from '../../components/ArchitectureDiagram';

/**
 * An audit extract may hold tens of thousands of rows; the page shows the first ones to read and says
 * how many more the PDF carries, so the preview stays quick however large the document.
 */
const PREVIEW_ROWS = 200;

/** One block of document content, as readable HTML: the same structure the PDF lays out. */
function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="preview-paragraph">{block.text}</p>;
    case 'list':
      return (
        <ul className="preview-list">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'keyValue':
      return (
        <dl className="facts">
          {block.rows.map(([key, value], index) => (
            <div key={index} className="facts-row">
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      if (block.rows.length === 0) return <p className="muted">{block.emptyText ?? 'Nothing to list.'}</p>;
      return (
        <div className="preview-table-wrap">
          <table className="table preview-table">
            <thead>
              <tr>
                {block.columns.map((column, index) => (
                  <th key={index} scope="col">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.slice(0, PREVIEW_ROWS).map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, cellIndex) => (
                    <td key={cellIndex}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {block.rows.length > PREVIEW_ROWS && (
            <p className="muted small">
              The first {PREVIEW_ROWS} of {block.rows.length.toLocaleString()} rows are shown here; the PDF lists them all.
            </p>
          )}
        </div>
      );
    case 'diagram':
      return <ArchitectureDiagram layout={block.layout} description={block.description} />;
  }
}

/** Sections nest; headings follow the nesting (h3 under the preview's h2, then h4, capped at h6). */
function SectionView({ section, depth }: { section: ContentSection; depth: number }) {
  const Heading = (['h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth, 3)] ?? 'h6';
  return (
    <section className="preview-section">
      <Heading>{section.heading}</Heading>
      {section.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
      {section.subsections?.map((sub, index) => (
        <SectionView key={index} section={sub} depth={depth + 1} />
      ))}
    </section>
  );
}

/** The document's content in the page, for reading before anyone signs or exports it. */
export function ContentPreview({ content }: { content: DocumentContent }) {
  return (
    <article className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{content.title}</h2>
      <p className="preview-purpose">{content.purpose}</p>
      {content.sections.map((section, index) => (
        <SectionView key={index} section={section} depth={0} />
      ))}
    </article>
  );
}
