import type { Content, ContextPageSize, DynamicContent } from 'pdfmake/interfaces';
import type { DocumentControl } from '../../../shared/documents/control';
import { stateBanner } from './cover';
import { stateLabel, versionedId } from './format';
import { BANNER_COLOURS, COLOURS, PAGE_MARGINS } from './theme';

/** Page header and footer functions; pdfmake calls them with each page's number and the page count. */
export interface RunningLines {
  header: DynamicContent;
  footer: DynamicContent;
}

/** Left and right text of a header or footer line. */
export interface LineText {
  left: string;
  right: string;
}

type Control = Pick<DocumentControl, 'docKey' | 'version' | 'title' | 'state' | 'changedSinceApproval' | 'productName'>;

/** The text at the top of every page: "ID vN · Title", and the document's status, approved included. */
export function headerText(control: Control): LineText {
  const right = control.changedSinceApproval ? 'CHANGED SINCE APPROVAL' : stateLabel(control).toUpperCase();
  return { left: `${versionedId(control)} · ${control.title}`, right };
}

/** The text at the foot of every page: "ID vN · page X of Y", and the product (or the bundle) it belongs to. */
export function footerText(control: Control, page: number, pages: number, context = control.productName): LineText {
  return { left: `${versionedId(control)} · page ${page} of ${pages}`, right: context };
}

/** Header and footer for a document; `context` replaces the product name on the right of the footer. */
export function documentRunningLines(control: Control, context?: string): RunningLines {
  const warning = control.changedSinceApproval ? BANNER_COLOURS.danger.text : stateBanner(control) === null ? COLOURS.accent : BANNER_COLOURS.caution.text;
  return runningLines(headerText(control), warning, (page, pages) => footerText(control, page, pages, context));
}

/** Header and footer built from fixed header text and a per-page footer. */
export function runningLines(header: LineText, rightColour: string, footer: (page: number, pages: number) => LineText): RunningLines {
  return {
    header: (_page, _pages, pageSize) => ({
      margin: [PAGE_MARGINS[0], 30, PAGE_MARGINS[2], 0],
      stack: [
        {
          columns: [
            { text: header.left, style: 'runningLine', width: '*' },
            { text: header.right, style: 'runningLine', bold: true, color: rightColour, alignment: 'right', width: 'auto' },
          ],
        },
        rule(pageSize, 4),
      ],
    }),
    footer: (page, pages, pageSize) => {
      const { left, right } = footer(page, pages);
      return {
        margin: [PAGE_MARGINS[0], 20, PAGE_MARGINS[2], 0],
        stack: [
          rule(pageSize, 0),
          {
            columns: [
              { text: left, style: 'runningLine' },
              { text: right, style: 'runningLine', alignment: 'right' },
            ],
            margin: [0, 5, 0, 0],
          },
        ],
      };
    },
  };
}

function rule(pageSize: ContextPageSize, y: number): Content {
  const width = pageSize.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
  return { canvas: [{ type: 'line', x1: 0, y1: y, x2: width, y2: y, lineWidth: 0.5, lineColor: COLOURS.rule }] };
}
