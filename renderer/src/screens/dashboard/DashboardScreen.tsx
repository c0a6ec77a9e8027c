import { useScreenLoad } from '../../hooks/use-screen-load';
import { useProjectSummaryStore } from '../../stores/project-summary-store';
import { IntegrityStatusCard } from '../audit/IntegrityStatusCard';
import { ActivityCard } from './ActivityCard';
import { DocumentsCard } from './DocumentsCard';
import { FileSecurityCard } from './FileSecurityCard';
import { MilestonesCard } from './MilestonesCard';
import { ProductCard } from './ProductCard';
import { TeamCard } from './TeamCard';
import { WalkCard } from './WalkCard';

/** Where the project stands: the walk through the life cycle first, then the product, the team and what happened lately. */
export function DashboardScreen() {
  const summary = useProjectSummaryStore((state) => state.summary);
  const walk = useProjectSummaryStore((state) => state.walk);
  const load = useProjectSummaryStore((state) => state.load);
  const [error] = useScreenLoad(load);

  return (
    <>
      <div className="screen-title">
        <h1 tabIndex={-1}>Dashboard</h1>
      </div>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <IntegrityStatusCard />
      {!summary ? (
        !error && (
          <p className="muted" role="status">
            Loading the project…
          </p>
        )
      ) : (
        <div className="two-columns">
          <div className="stack">{walk && <WalkCard walk={walk} />}</div>
          <div className="stack">
            <FileSecurityCard project={summary.project} />
            <ProductCard project={summary.project} />
            <MilestonesCard milestones={summary.milestones} />
            <DocumentsCard />
            <TeamCard team={summary.team} />
            <ActivityCard activity={summary.recentActivity} auditRows={summary.auditRows} />
          </div>
        </div>
      )}
    </>
  );
}
