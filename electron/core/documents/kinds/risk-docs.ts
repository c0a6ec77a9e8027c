import { riskMatrix } from '../../risk/risk-matrix';
import { planView, riskRows } from '../../risk/risk-view';
import type { DocumentTypeDef } from '../document-type-def';
import { buildRiskAnalysis, RISK_ANALYSIS_KEY } from './risk-analysis-doc';
import { buildRiskPlan, RISK_PLAN_KEY } from './risk-plan-doc';
import { riskConclusions } from '../../../../shared/risk/report-conclusions';
import { riskConclusionInput } from '../../risk/report-evidence';
import { buildRiskReport, planGaps, RISK_REPORT_KEY } from './risk-report-doc';
import { DOCUMENT_TYPE_LABELS } from '../../../../shared/documents/type-labels';

/** Audit entities of the risk file: the plan, its records and chains, and the requirement links of its controls. */
const RISK_FILE = ['risk_plan', 'hazard', 'situation', 'harm', 'risk_chain', 'risk_control', 'trace_link', 'requirement', 'software_item'];

export const RISK_PLAN_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['risk-plan'],
  singleton: true,
  dependsOn: ['risk_plan'],
  keyAndTitle: () => ({ docKey: RISK_PLAN_KEY, title: 'Risk management plan', params: {} }),
  gather: (project) => buildRiskPlan({ productName: project.project.get().productName, plan: planView(project) }),
};

export const RISK_ANALYSIS_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['risk-analysis'],
  singleton: true,
  dependsOn: RISK_FILE,
  keyAndTitle: () => ({ docKey: RISK_ANALYSIS_KEY, title: 'Risk analysis', params: {} }),
  gather: (project) => buildRiskAnalysis({ productName: project.project.get().productName, rows: riskRows(project) }),
};

export const RISK_REPORT_DEF: DocumentTypeDef = {
  label: DOCUMENT_TYPE_LABELS['risk-report'],
  singleton: true,
  keyAndTitle: () => ({ docKey: RISK_REPORT_KEY, title: 'Risk management report', params: {} }),
  // Its conclusions also read the tests of the version and the approval of the post-market procedure.
  dependsOn: [...RISK_FILE, 'test_case', 'test_run', 'software_release', 'document_version'],
  gather: (project) => {
    const rows = riskRows(project);
    const plan = planView(project);
    const evidence = riskConclusionInput(project, plan, rows, planGaps({ plan, rows }));
    return buildRiskReport({
      productName: project.project.get().productName,
      plan,
      rows,
      matrix: riskMatrix(project, rows),
      version: evidence.version,
      controls: evidence.controls,
      conclusions: riskConclusions(evidence),
    });
  },
};
