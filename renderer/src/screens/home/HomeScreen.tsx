import { useEffect } from 'react';
import { useRecentStore } from '../../stores/recent-store';
import { useSessionStore } from '../../stores/session-store';
import { folderOf } from '../../forms/format';
import { CreateProjectForm } from './CreateProjectForm';
import { DemoProjectCard } from './DemoProjectCard';
import { OpenProjectForm } from './OpenProjectForm';
import { RecentProjectsCard } from './RecentProjectsCard';

/** No project open: start one, open one, or look around the sample. */
export function HomeScreen() {
  const recent = useRecentStore((state) => state.items);
  const loadRecent = useRecentStore((state) => state.load);
  const defaultFolder = useSessionStore((state) => state.status?.defaultProjectFolder ?? null);

  useEffect(() => {
    loadRecent().catch(() => undefined);
  }, [loadRecent]);

  // New files go next to the project opened last: that is where this person keeps them. Before there
  // is one, the core's suggestion (their Documents folder) beats the folder Cairn happened to start in.
  const latest = recent?.[0];
  const folder = (latest ? folderOf(latest.path) : null) ?? defaultFolder;

  return (
    <main className="page-centered">
      <div className="brand">
        <span className="brand-name">Cairn</span>
        <span className="muted">IEC 62304 software lifecycle, one step at a time</span>
      </div>
      <div className="home-grid">
        <CreateProjectForm folder={folder} />
        <div className="stack">
          <OpenProjectForm />
          <RecentProjectsCard />
          <DemoProjectCard folder={folder} />
        </div>
      </div>
    </main>
  );
}
