import { useEffect, useRef } from 'react';
import { useAuditStore } from '../../stores/audit-store';
import { useDashboardStore } from '../../stores/dashboard-store';
import { useDevPlanStore } from '../../stores/dev-plan-store';
import { useDocumentsStore } from '../../stores/documents-store';
import { useKeysStore } from '../../stores/keys-store';
import { usePlanStore } from '../../stores/plan-store';
import { useQmsStore } from '../../stores/qms-store';
import { useValidationStore } from '../../stores/validation-store';
import { useProductStore } from '../../stores/product-store';
import { useRequirementsStore } from '../../stores/requirements-store';
import { useRiskStore } from '../../stores/risk-store';
import { useArchitectureStore } from '../../stores/architecture-store';
import { useSoftwareStore } from '../../stores/software-store';
import { useSoupStore } from '../../stores/soup-store';
import { useTestsStore } from '../../stores/tests-store';
import { useProblemsStore } from '../../stores/problems-store';
import { useChangesStore } from '../../stores/changes-store';
import { useCheckStore } from '../../stores/check-store';
import { SCREEN_LABELS, useNavStore } from '../../stores/nav-store';
import { useReleasesStore } from '../../stores/releases-store';
import { useTeamStore } from '../../stores/team-store';
import { useTraceStore } from '../../stores/trace-store';
import { useVerificationStore } from '../../stores/verification-store';
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
    useDashboardStore.getState().clear();
    useTeamStore.getState().clear();
    useAuditStore.getState().clear();
    useDocumentsStore.getState().clear();
    useKeysStore.getState().clear();
    useProductStore.getState().clear();
    useSoftwareStore.getState().clear();
    useArchitectureStore.getState().clear();
    useRequirementsStore.getState().clear();
    useRiskStore.getState().clear();
    useSoupStore.getState().clear();
    useTestsStore.getState().clear();
    useProblemsStore.getState().clear();
    useChangesStore.getState().clear();
    usePlanStore.getState().clear();
    useTraceStore.getState().clear();
    useQmsStore.getState().clear();
    useDevPlanStore.getState().clear();
    useVerificationStore.getState().clear();
    useReleasesStore.getState().clear();
    useCheckStore.getState().clear();
    useValidationStore.getState().clear();
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
