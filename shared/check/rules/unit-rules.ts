import type { ReleaseFacts, UnitFacts } from '../facts';
import type { CheckRule } from '../rule';

/** The release the records last vouched for: the newest released version. */
function newestRelease(releases: readonly ReleaseFacts[]): (ReleaseFacts & { releasedAt: string }) | null {
  return releases.reduce<(ReleaseFacts & { releasedAt: string }) | null>(
    (newest, r) => (r.status === 'released' && r.releasedAt !== null && (newest === null || r.releasedAt > newest.releasedAt) ? { ...r, releasedAt: r.releasedAt } : newest),
    null,
  );
}

/** What is wrong with a unit's verification, or null when its latest one passed (with or without obligations). */
function verificationGap(unit: UnitFacts): string | null {
  const latest = unit.verifications.at(-1);
  if (!latest) return 'none recorded';
  return latest.result === 'failed' ? `${latest.humanId} failed` : null;
}

/**
 * A unit of a class B or C item that a released version contains, whose unit verification is missing or
 * whose latest one failed: 5.5.5 requires each unit verified before release, and an auditor asks for it.
 * Units made after the newest release belong to the next one, and class A units need no 5.5.5 record.
 */
export const unitWithoutPassedVerification: CheckRule = {
  rule: 'unit-without-passed-verification',
  severity: 'error',
  clause: 'IEC 62304 5.5.5',
  home: 'verification',
  run: (f) => {
    const release = newestRelease(f.releases);
    if (!release) return [];
    return f.units.flatMap((unit) => {
      if (unit.class === 'A' || unit.createdAt > release.releasedAt) return [];
      const gap = verificationGap(unit);
      if (!gap) return [];
      const latest = unit.verifications.at(-1);
      return [
        {
          records: latest ? [unit.humanId, latest.humanId] : [unit.humanId],
          message: `${unit.humanId} ${unit.name} (class ${unit.class}) is part of released version ${release.version}, but it has no passed unit verification: ${gap}.`,
          fix: `Verify ${unit.humanId} against its acceptance criteria and record the result (Verification records → unit verification).`,
        },
      ];
    });
  },
};
