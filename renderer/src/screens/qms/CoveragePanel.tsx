import type { QmsOverview } from '../../../../shared/api/qms-types';
import { percent } from '../../../../shared/qms/coverage';
import { DataTable, type DataColumn } from '../../components/DataTable';
import { naturalKey } from '../../grid/natural-key';
import { COVERAGE_WORDS, coverageHeading } from './qms-words';

type CoverageClause = QmsOverview['coverage']['clauses'][number];

const COVERAGE_COLUMNS: DataColumn<CoverageClause>[] = [
  { id: 'clause', header: 'Clause', rowHeader: true, sortValue: (c) => naturalKey(c.clause), cell: (c) => `${c.clause} ${c.title}` },
  {
    id: 'coverage',
    header: 'Coverage',
    sortValue: (c) => COVERAGE_WORDS[c.coverage],
    cell: (c) => (c.coverage === 'out_of_scope' ? `${COVERAGE_WORDS[c.coverage]}: ${c.justification}` : COVERAGE_WORDS[c.coverage]),
  },
  {
    id: 'answeredBy',
    header: 'Answered by',
    className: 'small',
    cell: (c) => c.answeredBy.map((a) => `${a.key} (${a.sections.join('; ')})`).join(', ') || 'No procedure of Cairn’s set: write one',
  },
];

const LEGEND = ['approved', 'documented', 'gap', 'out_of_scope'] as const;

/** Which ISO 13485 clauses the procedure set answers: a picture of every clause, then the gaps by name. */
export function CoveragePanel({ overview }: { overview: QmsOverview }) {
  const { summary, clauses } = overview.coverage;
  const gaps = clauses.filter((c) => c.coverage === 'gap');
  const documented = percent(summary.documented, summary.inScope);
  const approved = percent(summary.approved, summary.inScope);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="qms-coverage-title">
        <h2 id="qms-coverage-title">Clause coverage</h2>
        <ul className="plain-list plan-bars">
          <li className="plan-bar" data-testid="coverage-documented">
            <span className="plan-bar-label">With a document</span>
            <progress max={100} value={documented} aria-label="Clauses in scope with a document" />
            <span className="plan-bar-count">
              {documented} % ({summary.documented} of {summary.inScope})
            </span>
          </li>
          <li className="plan-bar" data-testid="coverage-approved">
            <span className="plan-bar-label">Approved</span>
            <progress max={100} value={approved} aria-label="Clauses in scope with an approved document" />
            <span className="plan-bar-count">
              {approved} % ({summary.approved} of {summary.inScope})
            </span>
          </li>
        </ul>
        <ul className="qms-legend" aria-label="Legend">
          {LEGEND.map((state) => (
            <li key={state}>
              <span className={`qms-swatch coverage-${state}`} aria-hidden="true" /> {COVERAGE_WORDS[state]}
            </li>
          ))}
        </ul>
        <ol className="qms-clause-map" aria-label="Every tracked clause and its coverage">
          {clauses.map((c) => (
            <li key={c.clause} className={`qms-clause coverage-${c.coverage}`} title={`${c.clause} ${c.title}: ${COVERAGE_WORDS[c.coverage]}`}>
              <span className="mono">{c.clause}</span>
              <span className="visually-hidden">
                {c.title}: {COVERAGE_WORDS[c.coverage]}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="qms-map-title">
        <h2 id="qms-map-title">{coverageHeading(gaps.length)}</h2>
        <DataTable
          caption="Clauses and the procedures that answer them"
          rows={clauses}
          columns={COVERAGE_COLUMNS}
          rowKey={(c) => c.clause}
          rowClassName={(c) => (c.coverage === 'out_of_scope' ? 'inactive' : undefined)}
          rowTestId={(c) => `coverage-${c.clause}`}
        />
      </section>
    </div>
  );
}
