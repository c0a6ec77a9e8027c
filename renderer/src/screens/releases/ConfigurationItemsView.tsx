import { useEffect, useState } from 'react';
import { BASELINE_ITEM_LABELS, BASELINE_ITEM_TYPES, type ConfigurationItems } from '../../../../shared/api/releases-types';
import { messageOf } from '../../api/field-errors';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { idColumn } from '../../components/data-columns';
import { useReleasesStore } from '../../stores/releases-store';

type ConfigurationItem = ConfigurationItems['items'][number];

/** ID, title and current version, then one column per released baseline with the version it froze. */
function configurationColumns(releases: string[]): DataColumn<ConfigurationItem>[] {
  return [
    idColumn((i) => i.itemKey),
    { id: 'title', header: 'Title', sortValue: (i) => i.title.toLowerCase(), cell: (i) => i.title },
    {
      id: 'version',
      header: 'Current version',
      cell: (i) => (
        <>
          {i.version}
          {i.changedSinceLastRelease && releases.length > 0 && <span className="badge badge-muted"> changed</span>}
        </>
      ),
    },
    ...releases.map((r) => ({ id: `in-${r}`, header: `In ${r}`, cell: (i: ConfigurationItem) => i.baselines.find((b) => b.release === r)?.version ?? '—' })),
  ];
}

/** The configuration items as they are now, and in which released baseline each appears with which version (8.3). */
export function ConfigurationItemsView() {
  const load = useReleasesStore((state) => state.configurationItems);
  const [data, setData] = useState<ConfigurationItems | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load()
      .then(setData)
      .catch((caught: unknown) => setError(messageOf(caught)));
  }, [load]);

  if (error)
    return (
      <p className="message message-error" role="alert">
        {error}
      </p>
    );
  if (!data) return <p className="muted">Loading…</p>;
  const changed = data.items.filter((i) => i.changedSinceLastRelease).length;
  return (
    <>
      <p data-testid="config-summary">
        {data.items.length} configuration items; {data.releases.length === 0 ? 'no version released yet.' : `${changed} changed or new since ${data.releases.at(-1) ?? ''}.`}
      </p>
      {BASELINE_ITEM_TYPES.map((type) => {
        const items = data.items.filter((i) => i.itemType === type);
        if (items.length === 0) return null;
        return (
          <div key={type} className="table-scroll">
            <DataTable
              caption={BASELINE_ITEM_LABELS[type]}
              captionVisible
              rows={items}
              columns={configurationColumns(data.releases)}
              rowKey={(i) => i.itemKey}
              className="config-table"
            />
          </div>
        );
      })}
    </>
  );
}
