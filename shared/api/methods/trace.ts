import { z } from 'zod';
import { field, method } from '../method';
import type { TableExport } from '../table-export';
import type { GapReport, TraceLinkView, TraceMatrix } from '../trace-types';
import { TRACE_ENTITIES } from '../trace-types';

const ref = z.strictObject({ type: z.enum(TRACE_ENTITIES), id: field.id });

/** Trace links between records, their review, the trace matrix and the gap report. */
export const traceMethods = {
  'trace.links': method<TraceLinkView[]>()({
    input: z.strictObject({ ref: ref.optional(), suspectOnly: z.boolean().default(false) }),
    kind: 'query',
    access: 'user',
    doc: 'Trace links, all or those touching one record, optionally only the suspect ones.',
  }),
  'trace.link': method<TraceLinkView>()({
    input: z.strictObject({ from: ref, to: ref }),
    kind: 'mutation',
    access: 'user',
    doc: 'Links two records, e.g. a requirement to the software item that implements it.',
  }),
  'trace.review': method<TraceLinkView[]>()({
    input: z.strictObject({ linkIds: z.array(field.id).min(1, 'Name at least one link.').max(10_000) }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records that someone looked at both ends of each link and it still holds; clears the suspect flag.',
  }),
  'trace.unlink': method<TraceLinkView[]>()({
    input: z.strictObject({ linkId: field.id }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes a trace link; returns the links that remain on its first end.',
  }),
  'trace.gaps': method<GapReport>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'What the trace is missing: requirements with no item or verification, SOUP with no purpose, suspect links…',
  }),
  'trace.matrix': method<TraceMatrix>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every requirement with the software items, risk controls and tests it traces to, and SOUP with its items.',
  }),
  'trace.exportXlsx': method<TableExport>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'The trace matrix as an Excel workbook: requirements with their items, risk controls and tests, and SOUP with its items; suspect links marked.',
  }),
};
