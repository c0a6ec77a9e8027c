import { z } from 'zod';
import { method } from '../method';

/** Long-running jobs (PDF export): cancelling one. */
export const jobsMethods = {
  'jobs.cancel': method<{ cancelled: boolean }>()({
    input: z.object({ method: z.enum(['documents.exportPdf', 'documents.exportTechnicalFile']) }).strict(),
    kind: 'query',
    access: 'user',
    doc: 'Asks a running export to stop at its next step.',
  }),
} as const;
