/** One run of "Validate Cairn on this computer" as Cairn's tool list entry records it. */
export interface QualificationRun {
  version: string;
  /** The day it ran (YYYY-MM-DD) and who ran it. */
  day: string;
  by: string;
  stepsRun: number;
  stepsPassed: number;
  /** Every step run passed. */
  passed: boolean;
  /** OQ scenarios left out (a run of a named subset). */
  skipped: readonly string[];
  failed: readonly string[];
  reportFile: string;
  reportSha256: string;
  certificateFingerprint: string;
}

/** The file name of the report of a run on `day`, as the app hands it out and the record names it. */
export function qualificationReportName(version: string, day: string): string {
  return `cairn-${version}-validation-${day}.pdf`;
}

/**
 * The text kept in the tool entry's qualification field, so the list, the SOP and any reader find which
 * report the run gave, how to recognise it (its SHA-256) and who signed it (the certificate's SHA-256).
 */
export function qualificationSummary(run: QualificationRun): string {
  const outcome = !run.passed
    ? `${run.stepsPassed} of ${run.stepsRun} steps passed; failed: ${run.failed.join(', ')}`
    : run.skipped.length
      ? `all ${run.stepsRun} steps run passed, but ${run.skipped.join(', ')} were not run, so this run qualifies nothing`
      : `all ${run.stepsRun} installation and operational qualification steps passed`;
  return (
    `Cairn ${run.version} validated on this computer on ${run.day} by ${run.by}: ${outcome}. ` +
    `Report ${run.reportFile}, SHA-256 ${run.reportSha256}, signed with a key made for the run (certificate SHA-256 ${run.certificateFingerprint}).`
  );
}

/**
 * Cairn's validation status after a run: a planned validation is under way once a full run has passed.
 * Nothing else changes it: "validated" is the company's decision, taken when it approves the report.
 */
export function statusAfterQualification(status: string | undefined, run: Pick<QualificationRun, 'passed' | 'skipped'>): string | undefined {
  return status === 'planned' && run.passed && run.skipped.length === 0 ? 'in_progress' : status;
}
