import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createElement, Fragment, isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { naturalKey } from '../../renderer/src/grid/natural-key';

const RENDERER = join(__dirname, '../../renderer/src');

interface Row {
  id: number;
  humanId: string;
  title: string;
  retired: boolean;
}
interface Column {
  id: string;
  header: string;
  rowHeader?: boolean;
  cell: (row: Row) => ReactNode;
  sortValue?: (row: Row) => string | number;
}
interface Helpers {
  idColumn: (idOf?: (row: Row) => string) => Column;
  selectableTitleColumn: (selectedId: number | 'new' | null, select: (id: number) => void, suffix?: (row: Row) => ReactNode) => Column;
}
let helpers: Helpers;

beforeAll(async () => {
  // A .tsx module: loaded by path so the Node type-check (no JSX, no DOM) does not follow it.
  helpers = (await import(join(RENDERER, 'components/data-columns.tsx'))) as Helpers;
});

const html = (node: ReactNode) => renderToStaticMarkup(createElement(Fragment, null, node));

/** The button a cell draws, found in the element tree the cell returns. */
function buttonIn(node: ReactNode): { onClick: () => void } | undefined {
  if (!isValidElement<{ children?: ReactNode; onClick?: () => void }>(node)) return undefined;
  if (node.type === 'button' && node.props.onClick) return { onClick: node.props.onClick };
  const children = node.props.children;
  for (const child of Array.isArray(children) ? (children as ReactNode[]) : [children]) {
    const found = buttonIn(child);
    if (found) return found;
  }
  return undefined;
}

const row = (id: number, humanId: string, title = `Title ${id}`): Row => ({ id, humanId, title, retired: id === 2 });

describe('the column helpers beside DataTable', () => {
  it('the ID column names the row and sorts IDs as people read them', () => {
    const column = helpers.idColumn();
    expect(column).toMatchObject({ id: 'id', header: 'ID', rowHeader: true });
    expect(html(column.cell(row(1, 'CR-7')))).toBe('CR-7');
    const ids = ['REQ-10', 'REQ-2', 'req-1', 'REQ-002a', 'SRS-1'];
    const sorted = [...ids].sort((a, b) => {
      // DataTable compares string sort values as plain strings.
      const [ka, kb] = [String(column.sortValue?.(row(0, a))), String(column.sortValue?.(row(0, b)))];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    expect(sorted).toEqual(['req-1', 'REQ-2', 'REQ-002a', 'REQ-10', 'SRS-1']);
    // Records named by another key (a configuration item's) say which.
    const byTitle = helpers.idColumn((r) => r.title);
    expect(html(byTitle.cell(row(4, 'X-4', 'REQ-9')))).toBe('REQ-9');
    expect(byTitle.sortValue?.(row(4, 'X-4', 'REQ-9'))).toBe(column.sortValue?.(row(0, 'REQ-9')));
  });

  it('the title column is a button that opens its record, pressed on the open one, with the suffix after it', () => {
    const opened: number[] = [];
    const column = helpers.selectableTitleColumn(
      2,
      (id) => opened.push(id),
      (r) => r.retired && createElement('span', { className: 'muted' }, ' retired'),
    );
    expect(column).toMatchObject({ id: 'title', header: 'Title' });
    expect(html(column.cell(row(2, 'TC-2', 'Alarm sounds')))).toBe(
      '<button type="button" class="link-button" aria-pressed="true">Alarm sounds</button><span class="muted"> retired</span>',
    );
    expect(html(column.cell(row(3, 'TC-3', 'Dose limit')))).toBe('<button type="button" class="link-button" aria-pressed="false">Dose limit</button>');
    buttonIn(column.cell(row(3, 'TC-3')))?.onClick();
    expect(opened).toEqual([3]);
    expect(column.sortValue?.(row(3, 'TC-3', 'Dose Limit'))).toBe('dose limit');
  });

  it('no screen writes its own ID or selectable title column again', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []));
    const twins = files(join(RENDERER, 'screens'))
      .filter((f) => {
        const text = readFileSync(f, 'utf8');
        return /header: 'ID', rowHeader: true/.test(text) || /className="link-button" aria-pressed=\{\w+\.id === selectedId\}/.test(text);
      })
      .map((f) => relative(RENDERER, f));
    expect(twins).toEqual([]);
  });
});

describe('natural sort keys', () => {
  it('pads number runs so a string comparison puts 2 before 10, ignoring case and leading zeros', () => {
    expect(naturalKey('REQ-2') < naturalKey('REQ-10')).toBe(true);
    expect(naturalKey('REQ-002')).toBe(naturalKey('req-2'));
    expect(naturalKey('A1B22') < naturalKey('A1B3')).toBe(false);
  });
});
