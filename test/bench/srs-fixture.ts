import type { SoftwareNode } from '../../shared/api/software-types';
import type { Requirement } from '../../shared/api/requirements-types';
import type { DocumentContent } from '../../shared/documents/content';
import type { DocumentControl } from '../../shared/documents/control';
import { REQUIREMENT_TYPES } from '../../shared/requirements/fields';
import { buildSrs } from '../../electron/core/documents/kinds/srs';

const ITEMS = 20;

/** A software system with ITEMS items, as the SRS groups requirements by them. */
function tree(): SoftwareNode[] {
  const node = (id: number, kind: SoftwareNode['kind'], name: string, children: SoftwareNode[] = []): SoftwareNode => ({
    id,
    humanId: `${kind === 'system' ? 'SYS' : 'ITEM'}-${String(id).padStart(3, '0')}`,
    parentId: id === 1 ? null : 1,
    kind,
    name,
    description: '',
    effectiveClass: 'B',
    classSource: 'classified',
    rationale: null,
    children,
  });
  return [
    node(
      1,
      'system',
      'Pump controller',
      Array.from({ length: ITEMS }, (_, i) => node(i + 2, 'item', `Module ${i + 1}`)),
    ),
  ];
}

/** Requirements like the requirements bench's CSV rows: a sentence or two, some with rationale, a tenth risk controls. */
export function syntheticRequirements(count: number): Requirement[] {
  const at = '2026-01-01T00:00:00.000Z';
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    humanId: `REQ-${String(i + 1).padStart(5, '0')}`,
    title: `Requirement ${i + 1}`,
    text: `The app shall handle case ${i + 1}, "quoted", within ${i % 90} ms${i % 5 === 0 ? ' and report the outcome on the status line — ≤ µs' : ''}.`,
    textXhtml: '',
    type: REQUIREMENT_TYPES[i % 6] ?? 'functional',
    source: i % 10 === 0 ? 'risk-control' : 'system-requirement',
    sourceRef: i % 10 === 0 ? `RC-${(i % 400) + 1}` : '',
    rationale: i % 7 === 0 ? 'Keeps the dose within the prescribed limits.' : '',
    acceptanceCriteria: `Case ${i + 1} passes on the reference phone.`,
    verificationMethod: 'test',
    status: i % 3 ? 'approved' : 'draft',
    createdAt: at,
    updatedAt: at,
    revision: 1,
    items: [{ id: (i % ITEMS) + 2, humanId: `ITEM-${String((i % ITEMS) + 2).padStart(3, '0')}`, name: `Module ${(i % ITEMS) + 1}`, safetyClass: 'B', suspect: false }],
    safetyClass: 'B',
    heldTo: 'B',
    missing: [],
  }));
}

/** The SRS of `count` synthetic requirements, as the documents area builds it. */
export function srsContent(count: number): DocumentContent {
  return buildSrs({ productName: 'Bench pump', tree: tree(), requirements: syntheticRequirements(count), review: null });
}

/** The document control of an approved bench document. */
export function benchControl(content: Pick<DocumentContent, 'docKey' | 'title'>): DocumentControl {
  return {
    docKey: content.docKey,
    title: content.title,
    version: 1,
    state: 'approved',
    productName: 'Bench pump',
    manufacturer: 'Bench Ltd',
    issuedAt: '2026-01-01T00:00:00Z',
    contentSha256: '0'.repeat(64),
    signatures: [],
    revisions: [],
    changedSinceApproval: false,
  };
}
