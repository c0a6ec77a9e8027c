import type { TraceMatrix } from '../../../../shared/api/trace-types';
import { LinkedList } from './LinkedList';

/** Direct SOUP and the software items that use it (62304 5.3.3 and 8.1.2). */
export function SoupTraceTable({ soup }: { soup: TraceMatrix['soup'] }) {
  if (soup.length === 0) return <p className="muted">No SOUP recorded yet.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">SOUP and the software items that use it</caption>
      <thead>
        <tr>
          <th scope="col">SOUP</th>
          <th scope="col">Version</th>
          <th scope="col">Used by</th>
        </tr>
      </thead>
      <tbody>
        {soup.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <span className="mono">{s.humanId}</span> {s.title}
            </th>
            <td className="mono">{s.version}</td>
            <td>
              <LinkedList linked={s.items} empty="none" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
