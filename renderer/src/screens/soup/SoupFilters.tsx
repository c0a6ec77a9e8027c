import { SOUP_RISK_LEVELS, type SoupView } from '../../../../shared/api/soup-types';
import { useSoupStore } from '../../stores/soup-store';

/** Filters over the list: direct only (on by default), ecosystem, completeness for the class, risk, text. */
export function SoupFilters({ items }: { items: SoupView[] }) {
  const filters = useSoupStore((s) => s.filters);
  const setFilters = useSoupStore((s) => s.setFilters);
  const ecosystems = [...new Set(items.map((s) => s.ecosystem))].sort();
  return (
    <div className="soup-filters" role="group" aria-label="Filter the SOUP list">
      <label className="check-option">
        <input type="checkbox" checked={filters.directOnly} onChange={(e) => setFilters({ directOnly: e.target.checked })} />
        <span>Direct dependencies only</span>
      </label>
      <label className="field">
        <span className="field-label">Ecosystem</span>
        <select className="select" value={filters.ecosystem} onChange={(e) => setFilters({ ecosystem: e.target.value })}>
          <option value="">All</option>
          {ecosystems.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Required fields</span>
        <select className="select" value={filters.completeness} onChange={(e) => setFilters({ completeness: e.target.value as '' | 'missing' | 'complete' })}>
          <option value="">All</option>
          <option value="missing">Missing some</option>
          <option value="complete">Complete</option>
        </select>
      </label>
      <label className="field">
        <span className="field-label">Risk</span>
        <select className="select" value={filters.risk} onChange={(e) => setFilters({ risk: e.target.value })}>
          <option value="">All</option>
          {SOUP_RISK_LEVELS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
          <option value="none">Not set</option>
        </select>
      </label>
      <label className="field">
        <span className="field-label">Search</span>
        <input className="input" type="search" value={filters.text} onChange={(e) => setFilters({ text: e.target.value })} placeholder="ID or name" />
      </label>
    </div>
  );
}
