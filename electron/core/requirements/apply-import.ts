import { contract } from '../../../shared/api/contract';
import { sanitiseRichText } from '../../../shared/text/rich-text';
import type { ImportMapping, ImportResult } from '../../../shared/api/requirements-types';
import { rowToRecord, type ImportedRecord } from '../../../shared/requirements/mapping';
import type { HandlerContext } from '../context';
import { CairnError } from '../errors';
import { textToXhtml } from '../import/xml-text';
import { applyStructure } from './apply-structure';
import { applyChange, changedFields, fieldsOf } from './change';
import { NEW_REQUIREMENT } from './create-requirement';
import type { ImportSource } from './import-source';
import type { NewRequirement, RequirementRow } from './requirements-repo';
import type { TraceRef } from '../../../shared/api/trace-types';
import { softwareNodes } from './requirement-view';

const MAX_REASONS = 20;

const refuse = (message: string, field = 'file'): never => {
  throw new CairnError('invalid_input', message, field);
};

/** Item references (human ID or exact name, any case) to node ids; a name two nodes share is refused as ambiguous. */
function itemResolver(ctx: HandlerContext): (ref: string, where: string) => number {
  const byKey = new Map<string, number | 'ambiguous'>();
  for (const node of softwareNodes(ctx.project).values()) {
    byKey.set(node.humanId.toLowerCase(), node.id);
    const name = node.name.toLowerCase();
    byKey.set(name, byKey.has(name) && byKey.get(name) !== node.id ? 'ambiguous' : node.id);
  }
  return (ref, where) => {
    const found = byKey.get(ref.toLowerCase());
    if (found === 'ambiguous') return refuse(`${where}: more than one software node is called "${ref}"; use its ID (ITEM-…) instead.`);
    if (found === undefined) return refuse(`${where}: there is no software system, item or unit "${ref}" in this project (give its ID, such as ITEM-001, or its exact name).`);
    return found;
  };
}

/**
 * Imported values meet the same bounds as values typed into the app: each field is checked with the
 * contract's own schema for `requirements.create`, and the first that fails names its row and field.
 */
function checkFieldLimits(record: ImportedRecord): void {
  const shape = contract['requirements.create'].input.shape;
  for (const [field, value] of Object.entries(record.fields)) {
    const schema = shape[field as keyof typeof shape];
    const checked = schema?.safeParse(value);
    if (checked && !checked.success) refuse(`${record.where}: ${field}: ${checked.error.issues[0]?.message ?? 'not a valid value.'}`, 'file');
  }
}

/** Every row checked before the first write: a bad value, a repeated ID or an unknown item refuses the whole file. */
function validate(ctx: HandlerContext, source: ImportSource, mapping: ImportMapping) {
  const columns = new Set(source.columns.map((c) => c.name));
  for (const [field, column] of Object.entries(mapping)) {
    if (column !== undefined && !columns.has(column)) refuse(`The file has no column "${column}" to map to ${field}.`, `mapping.${field}`);
  }
  if (!mapping.text) refuse('Choose the column that holds the requirement text.', 'mapping.text');
  const records: { row: number; record: ImportedRecord; itemIds: number[] | null }[] = [];
  const skipped: string[] = [];
  const headings = new Map<number, string>();
  const firstSeen = new Map<string, string>();
  const resolve = itemResolver(ctx);
  source.rows.forEach((row, index) => {
    const outcome = rowToRecord(row, mapping);
    if (!outcome.ok) return refuse(outcome.message);
    // A heading is a section where the source has an outline; elsewhere (CSV) it is a skipped row as before.
    if ('heading' in outcome && source.structure) return void headings.set(index, outcome.heading);
    if ('skipped' in outcome) return void skipped.push(outcome.skipped);
    const { record } = outcome;
    checkFieldLimits(record);
    if (record.humanId) {
      const earlier = firstSeen.get(record.humanId);
      if (earlier) refuse(`${record.where}: ID "${record.humanId}" was already used by ${earlier}; each requirement needs its own ID.`);
      firstSeen.set(record.humanId, record.where);
    }
    records.push({ row: index, record, itemIds: record.itemRefs === null ? null : [...new Set(record.itemRefs.map((ref) => resolve(ref, record.where)))] });
  });
  return { records, skipped, headings };
}

/**
 * The rich text to keep for a row's requirement text: the file's sanitised XHTML, or '' when the file gave
 * the text as plain text or as markup that says no more than its lines (as Cairn's own export writes it).
 * Null when the text column is not rich at all, so an update leaves the stored rich text to the text.
 */
function richTextOf(source: ImportSource, mapping: ImportMapping, row: number, text: string | undefined): string | null {
  const rich = mapping.text === undefined ? undefined : source.rows[row]?.rich?.[mapping.text];
  if (rich === undefined || text === undefined) return null;
  return rich === sanitiseRichText(textToXhtml(text)) ? '' : rich;
}

/** Makes the requirement's item links exactly `itemIds`; returns whether anything changed. */
function syncItems(ctx: HandlerContext, row: RequirementRow, itemIds: number[]): boolean {
  const ref = { type: 'requirement' as const, id: row.id };
  const current = ctx.project.trace.linksOf(ref).filter((l) => l.from.type === 'requirement' && l.from.id === row.id && l.to.type === 'software_item');
  let changed = false;
  for (const link of current) {
    if (!itemIds.includes(link.to.id)) {
      ctx.project.trace.unlink(link.id);
      changed = true;
    }
  }
  for (const itemId of itemIds) {
    if (!current.some((l) => l.to.id === itemId)) {
      ctx.project.trace.link(ref, { type: 'software_item', id: itemId }, ctx.now(), ctx.user.id);
      changed = true;
    }
  }
  return changed;
}

/**
 * Imports validated rows in the caller's transaction. A row whose ID the project knows updates that
 * requirement (only the mapped fields); a row with a new ID keeps it; a row without one gets the next REQ-n.
 */
export function applyImport(ctx: HandlerContext, fileName: string, source: ImportSource, mapping: ImportMapping): ImportResult {
  const { records, skipped, headings } = validate(ctx, source, mapping);
  const repo = ctx.project.requirements;
  const result: ImportResult = {
    format: source.format,
    rows: source.rows.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    skipped: skipped.length,
    skippedReasons: skipped.slice(0, MAX_REASONS),
    sections: 0,
    relations: 0,
    warnings: [],
  };
  const requirementIds = new Map<number, number>();
  // One read of what is there, so each row is matched by ID without a query of its own.
  const known = new Map(repo.all().map((row) => [row.humanId, row]));
  const fresh: { index: number; itemIds: number[]; row: NewRequirement }[] = [];
  for (const { row: index, record, itemIds } of records) {
    const existing = record.humanId ? (known.get(record.humanId) ?? null) : null;
    const textXhtml = richTextOf(source, mapping, index, record.fields.text);
    if (!existing) {
      fresh.push({ index, itemIds: itemIds ?? [], row: { fields: { ...NEW_REQUIREMENT, ...record.fields }, humanId: record.humanId, textXhtml: textXhtml ?? '' } });
      continue;
    }
    requirementIds.set(index, existing.id);
    const current = fieldsOf(existing);
    const next = { ...current, ...record.fields };
    const fieldsChanged = changedFields(current, next).names.length > 0 || (textXhtml !== null && textXhtml !== existing.textXhtml);
    if (fieldsChanged) applyChange(ctx, existing, next, 'import-update', textXhtml);
    const linksChanged = itemIds ? syncItems(ctx, existing, itemIds) : false;
    if (linksChanged && !fieldsChanged) {
      ctx.audit({
        action: 'import-update',
        entity: 'requirement',
        entityId: existing.humanId,
        summary: `${existing.humanId} software items set from ${fileName}`,
        after: { items: record.itemRefs },
      });
    }
    if (fieldsChanged || linksChanged) result.updated += 1;
    else result.unchanged += 1;
  }
  // New requirements are written together, in multi-row statements, and so are their item links (a new
  // requirement has none to look for first).
  const written = repo.insertMany(
    fresh.map((f) => f.row),
    ctx.now(),
  );
  const links: [TraceRef, TraceRef][] = [];
  written.forEach((row, i) => {
    const entry = fresh[i];
    if (!entry) return;
    requirementIds.set(entry.index, row.id);
    for (const itemId of entry.itemIds)
      links.push([
        { type: 'requirement', id: row.id },
        { type: 'software_item', id: itemId },
      ]);
  });
  ctx.project.trace.addMany(links, ctx.now(), ctx.user.id);
  const added = written.map((row) => row.humanId);
  result.added = added.length;
  const structure = applyStructure(ctx, source, { requirementIds, headings });
  result.sections = structure.sections;
  result.relations = structure.relations.length;
  result.warnings = [...source.warnings, ...structure.warnings];
  ctx.project.requirements.saveMapping(source.sourceKey, source.format, mapping, ctx.now(), ctx.user.id);
  const shape = source.structure ? `, ${result.sections} sections, ${result.relations} relations` : '';
  // One entry for every requirement added, not one each: the trail's row states (rows_json) still record
  // each new row as written, so the integrity check accounts for every one of them.
  if (added.length > 0) {
    ctx.audit({
      action: 'import',
      entity: 'requirement',
      entityId: null,
      summary: `${added.length} requirement(s) added from ${fileName}: ${added.slice(0, 5).join(', ')}${added.length > 5 ? ', …' : ''}`,
      after: { added },
    });
  }
  ctx.audit({
    action: 'import',
    entity: 'requirements_import',
    entityId: fileName,
    summary: `${fileName}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${result.skipped} skipped${shape}`,
    after: { ...result, mapping, relations: structure.relations },
  });
  return result;
}
