import { z } from 'zod';
import { LIMITS } from '../../domain/limits';
import { field, method } from '../method';
import type { TechnicalFileIndexView } from '../technical-file-types';

const element = z.string().trim().min(1, 'Required.').max(80);

/** The technical file's index: the required elements and where the ones Cairn does not write are kept. */
export const technicalFileMethods = {
  'technicalFile.index': method<TechnicalFileIndexView>()({
    input: field.none,
    kind: 'query',
    access: 'user',
    doc: 'Every element the technical file must hold for the product (EU MDR Annex II/III, FDA software documentation), each present, kept outside Cairn or missing.',
  }),
  'technicalFile.setReference': method<TechnicalFileIndexView>()({
    input: z.strictObject({ element, reference: field.text(LIMITS.name) }),
    kind: 'mutation',
    access: 'user',
    doc: 'Records where an element of the technical file is kept outside Cairn (a document number, system or location).',
  }),
  'technicalFile.removeReference': method<TechnicalFileIndexView>()({
    input: z.strictObject({ element }),
    kind: 'mutation',
    access: 'user',
    doc: 'Removes the outside-Cairn reference of an element; it is then present or missing as the documents say.',
  }),
};
