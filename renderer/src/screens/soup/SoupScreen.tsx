import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../../api/field-errors';
import { ScreenMessages } from '../../components/ScreenMessages';
import { downloadExport } from '../../files/download';
import { filterSoup, useSoupStore } from '../../stores/soup-store';
import { SoupEditor } from './SoupEditor';
import { SoupFilters } from './SoupFilters';
import { SoupImportDialog } from './SoupImportDialog';
import { SoupTable } from './SoupTable';
import '../../styles/soup.css';

/** The SOUP list (IEC 62304 8.1.2): filtered list, the selected item's editor, and lockfile import. */
export function SoupScreen() {
  const list = useSoupStore((s) => s.list);
  const filters = useSoupStore((s) => s.filters);
  const selectedId = useSoupStore((s) => s.selectedId);
  const load = useSoupStore((s) => s.load);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().catch((e: unknown) => setError(messageOf(e)));
  }, [load]);

  const items = list?.items ?? [];
  const rows = filterSoup(items, filters);
  const selected = items.find((s) => s.id === selectedId) ?? null;
  const missing = items.filter((s) => s.missing.length > 0).length;
  return (
    <div className="soup-screen">
      <div className="screen-header">
        <h1 tabIndex={-1}>SOUP</h1>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setImporting(true)}>
            Import dependency file…
          </button>
          <button
            type="button"
            className="button"
            disabled={items.length === 0}
            onClick={() => void downloadExport(() => api('soup.exportXlsx', {})).catch((e: unknown) => setError(messageOf(e)))}
          >
            Export Excel
          </button>
        </div>
      </div>
      <p className="muted">
        Software of unknown provenance the product uses. {items.length} in use, {items.filter((s) => s.direct).length} direct; {missing} still missing fields their class requires
        {list ? ` (project class ${list.projectClass}; items not yet linked are held to it)` : ''}.
      </p>
      <ScreenMessages error={error} notice={null} />
      <SoupFilters items={items} />
      <div className="soup-layout">
        <SoupTable rows={rows} />
        {selected ? <SoupEditor key={selected.id} soup={selected} /> : <p className="muted soup-editor">Choose a SOUP item to document it.</p>}
      </div>
      {importing && <SoupImportDialog onImported={() => void load()} onClose={() => setImporting(false)} />}
    </div>
  );
}
