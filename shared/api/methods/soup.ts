import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { field, method } from '../method';
import type { TableExport } from '../table-export';
import { SOUP_RISK_LEVELS, type SoupImportPreview, type SoupImportResult, type SoupList, type SoupView } from '../soup-types';

/** A dependency file's text: package-lock.json files of large apps run to a few megabytes. */
export const SOUP_FILE_MAX_CHARS = 32 * 1024 * 1024;

const prose = z.string().trim().max(LIMITS.text, `At most ${LIMITS.text} characters.`);
const short = z.string().trim().max(LIMITS.name, `At most ${LIMITS.name} characters.`);
const url = z
  .string()
  .trim()
  .max(2000, 'At most 2000 characters.')
  .refine((u) => u === '' || /^https?:\/\/\S+$/.test(u), 'A web address starting with http:// or https://.');
const content = z.string().min(1, 'The file is empty.').max(SOUP_FILE_MAX_CHARS, `At most ${SOUP_FILE_MAX_CHARS} characters.`);
const source = field.text(LIMITS.name);

/** SOUP list: identity from dependency files or by hand, the B/C fields, anomaly reviews, items using each. */
export const soupMethods = {
  'soup.previewImport': method<SoupImportPreview>()({
    input: z.strictObject({ content, source }),
    kind: 'query',
    access: 'user',
    doc: 'Reads a dependency file (format detected from its content) and shows what importing it would add, remove and change.',
  }),
  'soup.applyImport': method<SoupImportResult>()({
    input: z.strictObject({ content, source, token: z.string().length(64, 'Preview the import first.') }),
    kind: 'mutation',
    access: 'user',
    doc: 'Applies a previewed import as one change; refused if the file or the list changed since the preview.',
  }),
  'soup.list': method<SoupList>()({
    input: z.strictObject({ includeRemoved: z.boolean().default(false) }),
    kind: 'query',
    access: 'user',
    doc: 'Every SOUP item in use (and, on request, those taken out of use) with the fields its class still needs.',
  }),
  'soup.exportXlsx': method<TableExport>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The SOUP items in use as an Excel workbook (header frozen, filters on): identity, requirements, anomaly review, risk and the items using each.',
  }),
  'soup.get': method<SoupView>()({
    input: z.strictObject({ id: field.id }),
    kind: 'query',
    access: 'user',
    doc: 'One SOUP item with the software items that use it.',
  }),
  'soup.add': method<SoupView>()({
    input: z.strictObject({
      name: field.name,
      ecosystem: field.text(40),
      version: field.text(LIMITS.name),
      supplier: short.default(''),
      licence: short.default(''),
      website: url.default(''),
      direct: z.boolean().default(true),
    }),
    kind: 'mutation',
    access: 'user',
    doc: 'Adds a SOUP item by hand (one no dependency file lists, such as a vendored C library).',
  }),
  'soup.update': method<SoupView>()({
    input: z.strictObject({
      id: field.id,
      name: field.name.optional(),
      version: field.text(LIMITS.name).optional(),
      supplier: short.optional(),
      licence: short.optional(),
      website: url.optional(),
      purpose: prose.optional(),
      functionalRequirements: prose.optional(),
      performanceRequirements: prose.optional(),
      hardwareSoftwareRequirements: prose.optional(),
      riskLevel: z.enum(['', ...SOUP_RISK_LEVELS]).optional(),
      anomalyReview: prose.optional(),
      anomalyReviewedAt: z.iso.date('A date as YYYY-MM-DD.').nullable().optional(),
    }),
    kind: 'mutation',
    access: 'user',
    doc: "Changes a SOUP item's fields; a new anomaly review is recorded for the version in use. Links to the item become suspect.",
  }),
  'soup.remove': method<SoupView>()({
    input: z.strictObject({ id: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Takes a SOUP item out of use: it stays on record with the date, and its trace links are removed.',
  }),
  'soup.setItems': method<SoupView>()({
    input: z.strictObject({ id: field.id, itemIds: z.array(field.id).max(500) }),
    kind: 'mutation',
    access: 'user',
    doc: 'Sets which software items use a SOUP item, adding and removing trace links to match.',
  }),
} as const;
