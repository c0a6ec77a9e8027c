/** How serious a consistency finding is: an error blocks a release, a warning asks for a person's judgement. */
export const CHECK_SEVERITIES = ['error', 'warning'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

/** The screen where a finding is put right; the app links each finding there. */
export const CHECK_HOMES = ['product', 'requirements', 'risk', 'documents', 'tests', 'verification', 'qms', 'releases', 'problems', 'changes', 'dev-plan'] as const;
export type CheckHome = (typeof CHECK_HOMES)[number];

/**
 * One contradiction between records, documents and the standards' rules. `rule` is a stable ID scripts
 * may match on; `records` are human IDs (REQ-12, SRS, SYS-001 …); `fix` says what to do about it.
 */
export interface CheckFinding {
  rule: string;
  severity: CheckSeverity;
  /** The clause the rule protects, e.g. "IEC 62304 4.3". */
  clause: string;
  records: string[];
  message: string;
  fix: string;
  home: CheckHome;
}

export interface CheckReport {
  /** Errors first, then warnings; within each, in rule order. */
  findings: CheckFinding[];
  errors: number;
  warnings: number;
}
