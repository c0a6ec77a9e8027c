import { createHash } from 'node:crypto';
import type { SoupImportPreview, SoupImportResult } from '../../../shared/api/soup-types';
import { LIMITS } from '../../../shared/domain/limits';
import { neutraliseName } from '../../../shared/domain/safe-text';
import { parseSoupFile } from '../../../shared/soup/detect';
import { diffSoup, type ListedSoup, type SoupDiff } from '../../../shared/soup/diff';
import { platformGroupText, shippedSoup } from '../../../shared/soup/shipped';
import { SOUP_FORMAT_LABELS, SoupParseError, type ParsedSoup } from '../../../shared/soup/types';
import type { AuditEntry } from '../audit/audit-repo';
import { CairnError } from '../errors';
import type { OpenProject } from '../projects/open-project';
import { soupHumanId } from './soup-repo';

export interface ImportPlan {
  parsed: ParsedSoup;
  diff: SoupDiff;
  preview: SoupImportPreview;
}

/** The text fields of a component and the most each may hold: the same bounds as `soup.create`. */
const COMPONENT_LIMITS = { name: LIMITS.name, version: LIMITS.name, supplier: LIMITS.name, licence: LIMITS.name, website: LIMITS.path } as const;

/**
 * A dependency file is not typed by a person: control and bidirectional-override characters in its
 * names are neutralised, and a value longer than the contract allows refuses the whole file, naming
 * the component and the field, before anything is written.
 */
function bounded(parsed: ParsedSoup): ParsedSoup {
  const components = parsed.components.map((c, index) => {
    const clean = { ...c };
    for (const [key, max] of Object.entries(COMPONENT_LIMITS) as [keyof typeof COMPONENT_LIMITS, number][]) {
      clean[key] = neutraliseName(c[key]);
      if (clean[key].length > max) {
        const label = clean.name.length > 60 ? `${clean.name.slice(0, 60)}…` : clean.name;
        throw new CairnError(
          'invalid_input',
          `The file cannot be imported: component ${index + 1} ("${label}"): ${key} has ${clean[key].length} characters, at most ${max} are allowed.`,
          'content',
        );
      }
    }
    return clean;
  });
  return { ...parsed, components };
}

/** Parses the file; a malformed one becomes an invalid_input naming the line or element. */
function parse(content: string): ParsedSoup {
  try {
    return bounded(parseSoupFile(content));
  } catch (error) {
    if (error instanceof SoupParseError) throw new CairnError('invalid_input', `The file cannot be imported: ${error.message}.`, 'content');
    throw error;
  }
}

/**
 * Compares the file's SOUP with the items listed from the same source. Development-only and type-only
 * packages are left out (not part of the shipped software) and platform builds are grouped under their
 * parent (see shippedSoup). Pure, so the same file against the same list always gives the same preview and token.
 */
export function previewImport(parsed: ParsedSoup, listed: readonly ListedSoup[], source: string): ImportPlan {
  const shipped = shippedSoup(parsed.components);
  const diff = diffSoup(listed, shipped.components);
  const body = {
    format: parsed.format,
    formatLabel: SOUP_FORMAT_LABELS[parsed.format],
    source,
    added: diff.added.map(({ name, ecosystem, version, licence, supplier, direct, platform }) => ({ name, ecosystem, version, licence, supplier, direct, platform })),
    removed: diff.removed.map(({ id, humanId, name, version }) => ({ id, humanId, name, version })),
    versionChanged: diff.versionChanged.map(({ listed: l, incoming }) => ({ id: l.id, humanId: l.humanId, name: l.name, from: l.version, to: incoming.version })),
    unchanged: diff.unchanged.length,
    skippedDev: shipped.dev,
    skippedTypes: shipped.typesOnly,
    platformGroups: shipped.platformGroups,
    notes: parsed.notes,
  };
  // The token fingerprints what the person saw, so an apply after the file or the list changed is refused.
  const token = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  return { parsed, diff, preview: { ...body, token } };
}

/** Parses a dependency file and previews it against the project's SOUP list. */
export function planImport(project: OpenProject, content: string, source: string): ImportPlan {
  return previewImport(parse(content), project.soup.liveFromSource(source), source);
}

export function applyPlan(project: OpenProject, plan: ImportPlan, at: string, audit: (entry: AuditEntry) => void): SoupImportResult {
  const { diff, preview } = plan;
  for (const c of diff.added) {
    const id = project.soup.insert(c, preview.source, at);
    audit({ action: 'create', entity: 'soup', entityId: soupHumanId(id), summary: `${c.name} ${c.version} imported from ${preview.source}`, after: c });
  }
  for (const { listed, incoming } of diff.versionChanged) {
    project.soup.setVersion(listed.id, incoming, at);
    const suspect = project.trace.markSuspect({ type: 'soup', id: listed.id }, `${listed.humanId} moved from ${listed.version} to ${incoming.version}`, at);
    audit({
      action: 'update',
      entity: 'soup',
      entityId: listed.humanId,
      summary: `${listed.name} ${listed.version} → ${incoming.version} (re-import of ${preview.source}${suspect ? `; ${suspect} link(s) now suspect` : ''})`,
      before: { version: listed.version },
      after: { version: incoming.version },
    });
  }
  for (const { listed, incoming } of diff.unchanged) project.soup.refreshFromFile(listed.id, incoming);
  for (const listed of diff.removed) {
    project.soup.markRemoved(listed.id, at);
    const gone = project.trace.forget({ type: 'soup', id: listed.id });
    audit({
      action: 'delete',
      entity: 'soup',
      entityId: listed.humanId,
      summary: `${listed.name} ${listed.version} no longer in ${preview.source}; kept on record as removed${gone.length ? `, ${gone.length} trace link(s) removed` : ''}`,
      before: { ...listed, links: gone.map((l) => ({ from: l.from, to: l.to })) },
    });
  }
  const result: SoupImportResult = {
    format: plan.parsed.format,
    source: preview.source,
    added: diff.added.length,
    updated: diff.versionChanged.length,
    removed: diff.removed.length,
    unchanged: diff.unchanged.length,
    skipped: preview.skippedDev,
    skippedTypes: preview.skippedTypes,
    groupedPlatform: preview.platformGroups.reduce((n, g) => n + g.builds.length, 0),
    notes: preview.notes,
  };
  audit({
    action: 'import',
    entity: 'soup',
    entityId: preview.source,
    summary: `SOUP import from ${preview.source} (${preview.formatLabel}): ${result.added} added, ${result.updated} updated, ${result.removed} removed, ${result.unchanged} unchanged, ${result.skipped} development-only and ${result.skippedTypes} type-only skipped${preview.platformGroups.map((g) => `; ${platformGroupText(g)}`).join('')}`,
  });
  return result;
}
