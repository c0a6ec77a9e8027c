import { plural } from '../../../../shared/domain/words';
import { BASELINE_ITEM_LABELS, type ReleaseDetail } from '../../../../shared/api/releases-types';
import type { ContentSection, DocumentContent } from '../../../../shared/documents/content';
import { recordRef } from '../canonical';

export interface ReleaseRecordInput {
  docKey: string;
  productName: string;
  release: ReleaseDetail;
}

const or = (text: string) => text.trim() || '—';
const when = (iso: string | null) => (iso ? `${iso.replace('T', ' ').slice(0, 16)} UTC` : '—');

function checklistSection(r: ReleaseDetail): ContentSection {
  return {
    heading: `Release checklist (IEC 62304 5.8, class ${r.checklist.safetyClass})`,
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: 'Clause', width: 6 },
          { header: 'Item', width: 18 },
          { header: 'Status', width: 8 },
          { header: 'Evidence and blockers', width: 50 },
        ],
        rows: r.checklist.items.map((i) => [
          i.clause,
          i.title,
          !i.applies ? 'Not required' : i.met ? 'Met' : 'Blocked',
          [...i.blockers.map((b) => `Blocker: ${b}`), ...i.evidence].join('\n') || '—',
        ]),
      },
    ],
  };
}

function baselineSection(r: ReleaseDetail): ContentSection {
  return {
    heading: 'Frozen baseline (IEC 62304 8.1.3)',
    blocks:
      r.status === 'released'
        ? [
            {
              kind: 'paragraph',
              text: `The configuration items and their versions when ${r.version} was released. A version in the form #… is a fingerprint of the item's content.`,
            },
            {
              kind: 'table',
              columns: [
                { header: 'Kind', width: 10 },
                { header: 'ID', width: 10 },
                { header: 'Title', width: 30 },
                { header: 'Version', width: 12 },
              ],
              rows: r.baseline.map((i) => [BASELINE_ITEM_LABELS[i.itemType], i.itemKey, i.title, i.version]),
            },
          ]
        : [{ kind: 'paragraph', text: 'Not released yet: the baseline is frozen when the version is released.' }],
  };
}

/** The release record: checklist with evidence, notes, build, archive, delivery, approvals and the frozen baseline. */
export function buildReleaseRecord({ docKey, productName, release: r }: ReleaseRecordInput): DocumentContent {
  const delivered = r.confirmations['delivery-verified'];
  return {
    docKey,
    title: `Release record, ${productName} ${r.version}`,
    orientation: 'landscape',
    purpose: `Shows that ${productName} ${r.version} met the release requirements of IEC 62304 5.8 for its software safety class, how it was built, archived and delivered, who approved it, and which configuration items it consists of.`,
    sections: [
      {
        heading: 'Release',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Version', r.version],
              ['Title', or(r.title)],
              ['Status', r.status === 'released' ? `Released ${when(r.releasedAt)}` : 'Draft, not released'],
              ['Software safety class', r.checklist.safetyClass],
              ['Started by', `${r.createdBy}, ${when(r.createdAt)}`],
            ],
          },
        ],
      },
      checklistSection(r),
      { heading: 'Release notes', blocks: [{ kind: 'paragraph', text: or(r.releaseNotes) }] },
      {
        heading: 'Build (5.8.5)',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Build procedure', or(r.buildProcedure)],
              ['Build environment', or(r.buildEnvironment)],
            ],
          },
        ],
      },
      {
        heading: 'Archive (5.8.7)',
        blocks: [
          { kind: 'keyValue', rows: [['Archive location', or(r.archiveLocation)]] },
          {
            kind: 'table',
            columns: [
              { header: 'File', width: 14 },
              { header: 'SHA-256', width: 40 },
              { header: 'Size (bytes)', width: 8 },
            ],
            rows: r.artefactList.map((a) => [a.name, a.sha256, String(a.sizeBytes)]),
            emptyText: 'No artefact archived.',
          },
        ],
      },
      {
        heading: 'Delivery (5.8.8)',
        blocks: [
          {
            kind: 'keyValue',
            rows: [
              ['Delivery procedure', or(r.delivery)],
              ['Delivered copies checked', delivered ? `${delivered.confirmedBy}, ${when(delivered.confirmedAt)}: ${delivered.note}` : 'Not confirmed'],
            ],
          },
        ],
      },
      {
        heading: 'Known residual anomalies (5.8.2)',
        blocks: [
          {
            kind: 'paragraph',
            text: r.anomalies.length === 0 ? 'None.' : `${plural(r.anomalies.length, 'open problem report')}, listed with their evaluation in the known anomalies list.`,
          },
          ...(r.anomalies.length > 0 ? [{ kind: 'list' as const, items: r.anomalies.map((a) => `${a.humanId} ${a.title} (${a.criticality})`) }] : []),
        ],
      },
      {
        heading: 'Approval',
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Name', width: 14 },
              { header: 'Role', width: 8 },
              { header: 'Meaning', width: 8 },
              { header: 'Signed', width: 12 },
              { header: 'Covers this record', width: 10 },
            ],
            rows: r.signatures.map((s) => [s.signerName, s.signerRole, s.meaning, when(s.signedAt), s.current ? 'Yes' : 'No, changed since']),
            emptyText: 'Not approved yet.',
          },
        ],
      },
      baselineSection(r),
    ],
    records: [
      recordRef(`release:${r.version}`, 'software_release', `Release ${r.version}`, {
        status: r.status,
        checklist: r.checklist,
        signatures: r.signatures.map((s) => [s.id, s.current]),
      }),
      ...r.artefactList.map((a) => recordRef(`artefact:${a.name}`, 'release_artefact', a.name, { sha256: a.sha256, sizeBytes: a.sizeBytes })),
    ],
  };
}
