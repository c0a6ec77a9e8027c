import { describeEdges, boxName } from '../../../shared/architecture/describe-diagram';
import { arrowHead, BOX_FILL, boxText, CLASS_COLOUR, DIAGRAM_COLOURS, edgePath } from '../../../shared/architecture/diagram-svg';
import { DIAGRAM_TEXT, textWidth } from '../../../shared/architecture/diagram-text';
import type { DiagramBox, DiagramEdge, DiagramLayout } from '../../../shared/architecture/diagram-types';

interface ArchitectureDiagramProps {
  layout: DiagramLayout;
  /** A one-sentence summary, read before the list of interfaces. */
  description: string;
  /** With a handler, boxes are buttons: choosing one highlights its interfaces. */
  selected?: string | null;
  onSelect?: (key: string | null) => void;
}

function Box({ box, selected, onSelect, edgeCount }: { box: DiagramBox; selected: boolean; onSelect?: (key: string | null) => void; edgeCount: number }) {
  const t = boxText(box);
  const label = `${box.caption} ${box.lines.join(' ')}${box.safetyClass ? `, class ${box.safetyClass}` : ''}, ${edgeCount} interface${edgeCount === 1 ? '' : 's'}`;
  const interactive = onSelect
    ? {
        tabIndex: 0,
        role: 'button',
        'aria-pressed': selected,
        'aria-label': label,
        onClick: (event: React.MouseEvent) => {
          event.stopPropagation();
          onSelect(selected ? null : box.key);
        },
        onKeyDown: (event: React.KeyboardEvent) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          onSelect(selected ? null : box.key);
        },
      }
    : {};
  return (
    <g className={`diagram-box${selected ? ' diagram-box-selected' : ''}`} data-key={box.key} {...interactive}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={4}
        fill={BOX_FILL[box.kind]}
        stroke={selected ? DIAGRAM_COLOURS.ink : DIAGRAM_COLOURS.border}
        strokeWidth={selected ? 2 : box.container ? 1.2 : 0.8}
        strokeDasharray={box.kind === 'external' ? '4 3' : undefined}
      />
      <text x={t.caption.x} y={t.caption.y} fontSize={DIAGRAM_TEXT.caption} fill={DIAGRAM_COLOURS.muted}>
        {t.caption.text}
      </text>
      {t.lines.map((line) => (
        <text key={line.y} x={line.x} y={line.y} fontSize={DIAGRAM_TEXT.name} fontWeight={box.container ? 'bold' : 'normal'} fill={DIAGRAM_COLOURS.ink}>
          {line.text}
        </text>
      ))}
      {t.badge && box.safetyClass && (
        <g aria-hidden="true">
          <rect x={t.badge.x} y={t.badge.y} width={t.badge.width} height={t.badge.height} rx={3} fill={CLASS_COLOUR[box.safetyClass]} />
          <text x={t.badge.x + t.badge.width / 2} y={t.badge.y + 9} fontSize={8} fontWeight="bold" fill="#ffffff" textAnchor="middle">
            {t.badge.text}
          </text>
        </g>
      )}
    </g>
  );
}

function Edge({ edge, highlighted }: { edge: DiagramEdge; highlighted: boolean }) {
  const points = edge.points;
  const [first, second, beforeLast, last] = [points[0], points[1], points.at(-2), points.at(-1)];
  const colour = highlighted ? DIAGRAM_COLOURS.classC : DIAGRAM_COLOURS.line;
  const [lx, ly] = edge.labelAt;
  return (
    <g className="diagram-edge" data-key={edge.key}>
      <path d={edgePath(edge)} fill="none" stroke={colour} strokeWidth={highlighted ? 2 : 1} strokeDasharray={edge.clear ? undefined : '2 2'} />
      {last && beforeLast && <path d={arrowHead(beforeLast, last)} fill={colour} />}
      {edge.arrowAtFrom && first && second && <path d={arrowHead(second, first)} fill={colour} />}
      <rect x={lx - 2} y={ly - DIAGRAM_TEXT.caption} width={textWidth(edge.label, DIAGRAM_TEXT.caption) + 4} height={DIAGRAM_TEXT.caption + 3} fill="#ffffff" fillOpacity={0.85} />
      <text x={lx} y={ly} fontSize={DIAGRAM_TEXT.caption} fill={DIAGRAM_COLOURS.ink} fontWeight={highlighted ? 'bold' : 'normal'}>
        {edge.label}
      </text>
    </g>
  );
}

/**
 * The architecture diagram drawn from its layout (the same layout the PDF draws), with a text
 * alternative: a summary and every interface as a list a screen reader can walk.
 */
export function ArchitectureDiagram({ layout, description, selected = null, onSelect }: ArchitectureDiagramProps) {
  const boxes = [...layout.boxes].sort((a, b) => a.depth - b.depth);
  const touches = (edge: DiagramEdge) => selected !== null && (edge.from === selected || edge.to === selected);
  const lines = describeEdges(layout);
  return (
    <figure className="architecture-diagram">
      <div className="diagram-scroll">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{ width: '100%', maxWidth: layout.width * 1.5 }}
          role="group"
          aria-label="Architecture diagram"
          fontFamily="Roboto, system-ui, sans-serif"
        >
          {boxes.map((box) => (
            <Box
              key={box.key}
              box={box}
              selected={selected === box.key}
              onSelect={onSelect}
              edgeCount={layout.edges.filter((e) => e.from === box.key || e.to === box.key).length}
            />
          ))}
          {layout.edges.map((edge) => (
            <Edge key={edge.key} edge={edge} highlighted={touches(edge)} />
          ))}
        </svg>
      </div>
      <figcaption className="muted small">
        {description}
        {selected && ` Showing the interfaces of ${boxName(layout, selected)}.`}
      </figcaption>
      <details className="diagram-text">
        <summary>Diagram as text</summary>
        {lines.length ? (
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No interfaces yet.</p>
        )}
      </details>
    </figure>
  );
}
