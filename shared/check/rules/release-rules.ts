import type { CheckRule } from '../rule';

/** Orders "1.10.0" after "1.9.2": numeric parts compared as numbers, anything else as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

const FIELD_SOURCES = new Set(['customer', 'post-market']);

/**
 * Dates that run backwards: a release before its record was created, a higher version released before a
 * lower one, or test results of a version completed after that version was released.
 */
export const releaseDatesBackwards: CheckRule = {
  rule: 'release-dates-backwards',
  severity: 'error',
  clause: 'IEC 62304 5.8; 8.1.3',
  home: 'releases',
  run: (f) => {
    const released = f.releases.filter((r): r is typeof r & { releasedAt: string } => r.status === 'released' && r.releasedAt !== null);
    const beforeCreated = released
      .filter((r) => r.releasedAt < r.createdAt)
      .map((r) => ({
        records: [r.version],
        message: `${r.version} is recorded as released on ${r.releasedAt.slice(0, 10)}, before its release record was created (${r.createdAt.slice(0, 10)}).`,
        fix: `Correct the release date of ${r.version}.`,
      }));
    const outOfOrder = released.flatMap((r) =>
      released
        .filter((o) => compareVersions(o.version, r.version) < 0 && o.releasedAt > r.releasedAt)
        .map((o) => ({
          records: [r.version, o.version],
          message: `${r.version} was released on ${r.releasedAt.slice(0, 10)}, before the lower version ${o.version} (${o.releasedAt.slice(0, 10)}).`,
          fix: `Check the version numbers and release dates of ${o.version} and ${r.version}.`,
        })),
    );
    const lateRuns = f.testRuns.flatMap((t) => {
      const release = released.find((r) => r.version === t.version);
      return release && t.completedAt > release.releasedAt
        ? [
            {
              records: [t.humanId, t.version],
              message: `${t.humanId} tested ${t.version} and was completed on ${t.completedAt.slice(0, 10)}, after ${t.version} was released (${release.releasedAt.slice(0, 10)}): the release could not rest on it.`,
              fix: `Record the run against the version it actually tested (the next one), or correct its dates.`,
            },
          ]
        : [];
    });
    return [...beforeCreated, ...outOfOrder, ...lateRuns];
  },
};

/** A problem found in the field in a version that has no released release record: what was on the market? */
export const marketedVersionWithoutRelease: CheckRule = {
  rule: 'marketed-version-without-release',
  severity: 'error',
  clause: 'IEC 62304 5.8; 6.2.1',
  home: 'releases',
  run: (f) => {
    const released = new Set(f.releases.filter((r) => r.status === 'released').map((r) => r.version));
    return f.problems
      .filter((p) => FIELD_SOURCES.has(p.source) && p.foundInVersion.trim() !== '' && !released.has(p.foundInVersion.trim()))
      .map((p) => ({
        records: [p.humanId, p.foundInVersion],
        message: `${p.humanId} was reported from the field in version ${p.foundInVersion}, but no release of ${p.foundInVersion} is recorded.`,
        fix: `Record the release of ${p.foundInVersion} (with its checklist and artefacts), or correct the version in ${p.humanId}.`,
      }));
  },
};

/**
 * A field problem that affects safety whose record says it is not reportable. Not wrong in itself, but the
 * decision belongs to the person responsible for regulatory compliance and must stand up to an authority.
 */
export const fieldActionNotReportable: CheckRule = {
  rule: 'field-action-not-reportable',
  severity: 'warning',
  clause: 'EU MDR Art. 87; 21 CFR 803',
  home: 'problems',
  run: (f) =>
    f.problems
      .filter((p) => FIELD_SOURCES.has(p.source) && p.affectsSafety === true && /\bnot\s+reportable\b/i.test(p.vigilanceText))
      .map((p) => ({
        records: [p.humanId],
        message: `${p.humanId} affects safety and came from the field, and was rated not reportable.`,
        fix: `Have the person responsible for regulatory compliance confirm the vigilance assessment of ${p.humanId} in writing, with the criteria applied in each market.`,
      })),
};
