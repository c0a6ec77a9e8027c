import { writeAudited } from '../../electron/core/audit/write-audited';
import type { OpenProject } from '../../electron/core/projects/open-project';

/** The shape of a generated traced project. */
export interface TracedShape {
  requirements: number;
  items: number;
  soup: number;
  /** Links from each requirement to software items: alternately `fan[0]` and `fan[1]`. */
  fan: [number, number];
}

/**
 * Fills a project with a traced product: `requirements` on `items` items, `soup` SOUP packages used by
 * ten items each, with a tenth of the requirements lacking a verification method and every fortieth link
 * suspect, so the gap report has real gaps to find. One transaction and one audit row, as a bench
 * fixture (the records' own audit trail is not what is measured). Returns the number of links.
 */
export function fillTraced(project: OpenProject, ownerId: number, shape: TracedShape): number {
  const at = new Date().toISOString();
  const owner = project.users.byId(ownerId);
  if (!owner) throw new Error('the owner vanished');
  let links = 0;
  writeAudited(project, owner, 'bench.trace', at, (audit) => {
    const system = project.software.insert({ parentId: null, kind: 'system', name: 'Bench system', description: '', createdAt: at });
    const items = Array.from(
      { length: shape.items },
      (_, i) => project.software.insert({ parentId: system.id, kind: 'item', name: `Item ${i + 1}`, description: '', createdAt: at }).id,
    );
    for (let r = 0; r < shape.requirements; r += 1) {
      const row = project.requirements.insert(
        {
          title: `Requirement ${r + 1}`,
          text: `The software shall do thing ${r + 1}.`,
          type: 'functional',
          source: 'system-requirement',
          sourceRef: '',
          rationale: '',
          acceptanceCriteria: '',
          verificationMethod: r % 10 === 0 ? '' : 'test',
          status: 'draft',
        },
        at,
      );
      const fan = shape.fan[r % 2] ?? 2;
      for (let k = 0; k < fan; k += 1) {
        const item = items[(r + k * 37) % shape.items] ?? system.id;
        if (project.trace.link({ type: 'requirement', id: row.id }, { type: 'software_item', id: item }, at, ownerId)) links += 1;
      }
    }
    for (let s = 0; s < shape.soup; s += 1) {
      const id = project.soup.insert(
        { name: `package-${s}`, version: '1.0.0', ecosystem: 'npm', licence: 'MIT', supplier: '', direct: true, dev: false, website: '' },
        'bench',
        at,
      );
      for (let k = 0; k < 10; k += 1) {
        if (project.trace.link({ type: 'soup', id }, { type: 'software_item', id: items[(s * 7 + k) % shape.items] ?? system.id }, at, ownerId)) links += 1;
      }
    }
    project.db.prepare('UPDATE trace_link SET suspect = 1, suspect_reason = ?, suspect_since = ? WHERE id % 40 = 0').run('bench change', at);
    audit({ action: 'create', entity: 'bench', entityId: 'trace', summary: `Bench project: ${shape.requirements} requirements, ${links} links` });
  });
  return links;
}
