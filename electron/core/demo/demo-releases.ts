import { createHash } from 'node:crypto';
import type { HandlerContext } from '../context';
import { DEMO_PASSWORD } from './demo-content';
import { approveDemoVersions, member, signInAs, type DemoApproval } from './demo-documents';

// BreathWise 1.0.0, the first market release: the build, archive and delivery described, the release
// builds archived. Once its documents are approved, the copies in the stores are checked against the
// archive and the approver signs and releases it through the same 5.8 checklist any release goes through.

const VERSION = '1.0.0';

/** The files a BreathWise release ships; their digests stand in for the real builds' SHA-256. */
const ARTEFACTS = [
  { name: 'breathwise-1.0.0-android.aab', sizeBytes: 38_412_907 },
  { name: 'breathwise-1.0.0-ios.ipa', sizeBytes: 44_981_330 },
  { name: 'breathwise-portal-1.0.0.tar.gz', sizeBytes: 12_006_418 },
  { name: 'breathwise-1.0.0-sbom.cdx.json', sizeBytes: 1_204_556 },
];

/** The release record of 1.0.0, written by the author while the version is tested. */
export async function buildDemoReleases(ctx: HandlerContext): Promise<void> {
  const { id } = await ctx.call('releases.create', { version: VERSION, title: 'First market release (EU)' });
  await ctx.call('releases.update', {
    id,
    releaseNotes:
      'First release for the EU market. Guided FEV1/FVC manoeuvres with the BW-1 Bluetooth spirometer, quality grading of each manoeuvre, a personal trend with decline alerts, and sharing of results with the clinician portal.',
    buildProcedure:
      'Tag v1.0.0 on main after the release candidate passed. The GitHub Actions release workflow checks out the tag, runs npm ci from the committed package-lock.json, runs the full unit and integration suites, then builds the Android bundle (Gradle, signed with the upload key in the release keystore) and the iOS archive (Xcode, signed with the distribution certificate), and the portal container image. It writes the CycloneDX SBOM from the lockfile and the SHA-256 of every output to the workflow summary.',
    buildEnvironment:
      'GitHub-hosted runners: ubuntu-24.04 (Node 20.18.1, npm 10.8, JDK 17, Android Gradle Plugin 8.7, Docker 27) and macos-14 (Xcode 16.1). Tool versions are pinned in .nvmrc, the Gradle wrapper and the workflow file; the workflow run ID is kept with the release.',
    archiveLocation:
      'Alder QMS document vault, folder Releases/BreathWise/1.0.0 (retained for the device lifetime plus 10 years); the tag v1.0.0 in the breathwise repository; the GitHub Actions run with its artefacts, retention extended to the same period.',
    delivery:
      'The Android bundle goes to Google Play and the iOS archive to the App Store through their signed upload channels; users install only from the stores, which check the signatures. The portal image is pulled by digest into the EU hosting account. Release labelling (version, UDI-DI, CE mark) is shown on the in-app About page and checked before submission.',
  });
  for (const artefact of ARTEFACTS) {
    await ctx.call('releases.addArtefact', { id, ...artefact, sha256: createHash('sha256').update(`BreathWise ${artefact.name}`).digest('hex') });
  }
}

/** Delivery checked by the author, then the approver signs and releases 1.0.0: refused if any check is open. */
export async function releaseDemoVersion(ctx: HandlerContext): Promise<void> {
  await signInAs(ctx, member('author').email);
  const { id } = await ctx.call('releases.get', { version: VERSION });
  await ctx.call('releases.update', {
    id,
    confirmations: {
      'delivery-verified': {
        confirmed: true,
        note: 'Downloaded the bundle from the Play Console, the archive from App Store Connect and pulled the portal image by digest; the SHA-256 of each matched the archived artefact.',
      },
    },
  });
  await signInAs(ctx, member('approver').email);
  await ctx.call('releases.sign', { id, password: DEMO_PASSWORD });
  await ctx.call('releases.release', { id });
  await approveReleaseDocuments(ctx);
}

/**
 * The release record and the known anomalies of 1.0.0 as documents, drafted once it is released (both print
 * the record as frozen at release, so they never drift) and approved like the rest: the technical file then
 * holds the release (IEC 62304 5.8) and the unresolved anomalies the FDA list asks for.
 */
async function approveReleaseDocuments(ctx: HandlerContext): Promise<void> {
  await signInAs(ctx, member('author').email);
  const approvals: DemoApproval[] = [];
  for (const [type, note] of [
    ['release-record', 'Release record of 1.0.0 as approved and frozen at release.'],
    ['known-anomalies', 'The open problem reports 1.0.0 was released with.'],
  ] as const) {
    const versionId = (await ctx.call('documents.create', { type, version: VERSION })).versions[0]?.id;
    if (versionId === undefined) throw new Error(`The demo ${type} of ${VERSION} has no first version.`);
    approvals.push({ versionId, note });
  }
  await approveDemoVersions(ctx, approvals);
}

/** The maintenance release the field complaint's change request (CR-001) is planned for. */
export async function startDemoMaintenanceRelease(ctx: HandlerContext): Promise<void> {
  await ctx.call('releases.create', { version: '1.1.0', title: 'Maintenance release: Bluetooth connection interval and lost-sample detection' });
}
