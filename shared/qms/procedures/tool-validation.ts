import { bullets, companyName, managementRep, paragraphs } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Validation of software used in the QMS, production and service provision, and for monitoring (4.1.6, 7.5.6, 7.6). */
export const SOP_TOOL_VALIDATION: ProcedureDef = {
  key: 'SOP-VAL',
  kind: 'sop',
  title: 'Validation of QMS software and tools',
  purpose: (f) =>
    `How ${companyName(f)} validates the software it uses in its QMS, in producing and releasing its product, and for monitoring and measurement, before first use and after changes, in proportion to the risk of its use.`,
  sections: [
    {
      id: 'inventory',
      heading: 'Software tool list',
      clauses: ['4.1.6', '6.3'],
      draft: (f) =>
        paragraphs(
          `${managementRep(f)} keeps a list of the software tools used in the QMS (document and record control, e-signatures, issue tracking), in development and release (compilers, build and CI pipelines, test frameworks, static analysis) and for monitoring (telemetry, uptime checks). Each entry states the tool, its version, its intended use and the risk of that use.`,
          'Cairn itself is on the list: it holds controlled documents, records, electronic signatures and the audit trail, so its use is high risk and it is validated before the QMS relies on it.',
        ),
    },
    {
      id: 'approach',
      heading: 'Risk-based validation',
      clauses: ['4.1.6', '7.5.6'],
      draft: () =>
        paragraphs(
          'The effort follows the risk of the intended use (in the manner of ISO/TR 80002-2):',
          bullets([
            'High (a failure could let a nonconforming product reach users, or corrupt quality records or signatures): written intended use and requirements, a risk assessment of the use, test cases with expected results, a validation report approved before use.',
            'Medium (a failure would be noticed by later checks): intended use, a short assessment and evidence that the tool works as used (for example a test run on known input).',
            'Low (no effect on product quality or records): listed, no further validation.',
          ]),
          'Processes whose output cannot be fully verified afterwards (for example the build and signing pipeline) are validated as processes: the settings are fixed, the validation shows they give the expected output, and revalidation criteria are stated.',
        ),
    },
    {
      id: 'changes',
      heading: 'Changes and revalidation',
      clauses: ['4.1.6', '7.6'],
      draft: () =>
        paragraphs(
          'A new version of a medium- or high-risk tool, or a change in how it is used, is assessed before use; the validation is repeated as far as the change requires. Software used for monitoring and measurement is validated the same way before first use and after changes, and its results are checked for plausibility in use.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '4.1.6'],
      draft: (f) =>
        paragraphs(
          'The tool list in Cairn holds each tool with its version, intended use, risk, validation status and the reference to its validation evidence.',
          f.cairnTool &&
            `Cairn's own installation and operational qualification is run on each computer that uses it, before first use and after each Cairn update, with Cairn's built-in validation (the same steps as the \`cairn validate\` command). Each run's signed report is recorded against ${f.cairnTool.humanId} in the tool list.`,
          f.cairnTool?.qualification && `Latest run: ${f.cairnTool.qualification}`,
        ),
    },
  ],
};
