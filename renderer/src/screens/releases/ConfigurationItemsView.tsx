import { useEffect, useState } from 'react';
import { BASELINE_ITEM_LABELS, BASELINE_ITEM_TYPES, type ConfigurationItems } from '../../../../shared/api/releases-types';
import { messageOf } from '../../api/field-errors';
import { useReleasesStore } from '../../stores/releases-store';

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
            <table className="table config-table">
              <caption>{BASELINE_ITEM_LABELS[type]}</caption>
              <thead>
                <tr>
                  <th scope="col">ID</th>
                  <th scope="col">Title</th>
                  <th scope="col">Current version</th>
                  {data.releases.map((r) => (
                    <th key={r} scope="col">
                      In {r}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.itemKey}>
                    <th scope="row">{i.itemKey}</th>
                    <td>{i.title}</td>
                    <td>
                      {i.version}
                      {i.changedSinceLastRelease && data.releases.length > 0 && <span className="badge badge-muted"> changed</span>}
                    </td>
                    {data.releases.map((r) => (
                      <td key={r}>{i.baselines.find((b) => b.release === r)?.version ?? '—'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
