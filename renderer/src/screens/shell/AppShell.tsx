import { useEffect, useRef } from 'react';
import { SCREEN_LABELS, useNavStore } from '../../stores/nav-store';
import { clearProjectStores } from '../../stores/project-stores';
import { ArchitectureScreen } from '../architecture/ArchitectureScreen';
import { AuditScreen } from '../audit/AuditScreen';
import { DashboardScreen } from '../dashboard/DashboardScreen';
import { DevPlanScreen } from '../dev-plan/DevPlanScreen';
import { DocumentsScreen } from '../documents/DocumentsScreen';
import { PlanScreen } from '../plan/PlanScreen';
import { ProductScreen } from '../product/ProductScreen';
import { QmsScreen } from '../qms/QmsScreen';
import { ReleasesScreen } from '../releases/ReleasesScreen';
import { RequirementsScreen } from '../requirements/RequirementsScreen';
import { RiskScreen } from '../risk/RiskScreen';
import { SoftwareScreen } from '../software/SoftwareScreen';
import { SoupScreen } from '../soup/SoupScreen';
import { TestsScreen } from '../tests/TestsScreen';
import { ProblemsScreen } from '../problems/ProblemsScreen';
import { ChangesScreen } from '../changes/ChangesScreen';
import { CheckScreen } from '../check/CheckScreen';
import { TeamScreen } from '../team/TeamScreen';
import { TraceScreen } from '../trace/TraceScreen';
import { VerificationScreen } from '../verification/VerificationScreen';
import { ShellHeader } from './ShellHeader';
import { ShellNav } from './ShellNav';

/** Signed in: header, navigation and the current screen. */
export function AppShell() {
  const screen = useNavStore((state) => state.screen);
  const documentId = useNavStore((state) => state.documentId);
  const go = useNavStore((state) => state.go);
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // A new session may be another person or another project: nothing loaded for the last one may show.
  useEffect(() => {
    clearProjectStores();
    go('dashboard');
  }, [go]);

  useEffect(() => {
    document.title = `${SCREEN_LABELS[screen]} · Cairn`;
    // Moving focus to the new screen's heading tells screen-reader users the page changed.
    if (firstRender.current) firstRender.current = false;
    else main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen, documentId]);

  return (
    <div className="shell">
      <ShellHeader />
      <ShellNav />
      <main ref={main} className={`shell-main${screen === 'audit' || screen === 'requirements' ? ' shell-main-fill' : ''}`}>
        {screen === 'dashboard' && <DashboardScreen />}
        {screen === 'product' && <ProductScreen />}
        {screen === 'software' && <SoftwareScreen />}
        {screen === 'architecture' && <ArchitectureScreen />}
        {screen === 'verification' && <VerificationScreen />}
        {screen === 'requirements' && <RequirementsScreen />}
        {screen === 'risk' && <RiskScreen />}
        {screen === 'soup' && <SoupScreen />}
        {screen === 'tests' && <TestsScreen />}
        {screen === 'problems' && <ProblemsScreen />}
        {screen === 'changes' && <ChangesScreen />}
        {screen === 'trace' && <TraceScreen />}
        {screen === 'plan' && <PlanScreen />}
        {screen === 'dev-plan' && <DevPlanScreen />}
        {screen === 'documents' && <DocumentsScreen />}
        {screen === 'qms' && <QmsScreen />}
        {screen === 'releases' && <ReleasesScreen />}
        {screen === 'team' && <TeamScreen />}
        {screen === 'audit' && <AuditScreen />}
        {screen === 'check' && <CheckScreen />}
      </main>
    </div>
  );
}
