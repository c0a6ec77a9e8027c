import { applies, bullets, companyName, paragraphs, products } from '../facts';
import type { ProcedureDef } from '../procedure-types';

/** Release and deployment: control of production and service provision for software (7.5). */
export const SOP_DEPLOYMENT: ProcedureDef = {
  key: 'SOP-DEP',
  kind: 'sop',
  title: 'Release and deployment',
  purpose: (f) =>
    `How ${companyName(f)} builds, releases, distributes and supports ${products(f)} under controlled conditions, protects the released software and the customer data it handles, and supports it in use.`,
  sections: [
    {
      id: 'release',
      heading: 'Controlled release',
      clauses: ['7.5.1', '7.3.8', '8.2.6'],
      draft: () =>
        paragraphs(
          'For software, production is the build and release. A release is made only:',
          bullets([
            'from a tagged version built by the validated pipeline, with its SOUP versions fixed by the lockfile',
            'after the verification and validation of the development plan have passed, or each open item is justified, and the release record is approved',
            'with the labelling, instructions for use and release notes for that version',
          ]),
          'The release record names the person who authorised the release and the build environment, and is kept with the version.',
        ),
    },
    {
      id: 'distribution',
      heading: 'Distribution, installation and servicing',
      clauses: ['7.5.1', '7.5.3', '7.5.4'],
      draft: (f) =>
        paragraphs(
          'Releases are published through the channels named in the instructions for use (app stores, the company’s web service) by a named person, and published builds are checked to be identical (by checksum or store build number) to the release.',
          applies(f, '7.5.3')
            ? 'Installation and integration at customer sites follow a written installation checklist with acceptance criteria; the installer records the version installed and the result.'
            : 'Users install the software themselves; the instructions for use say how, and how to check the installed version.',
          applies(f, '7.5.4')
            ? 'Servicing is done to the servicing instructions of the product; each servicing activity is recorded and the records are analysed as feedback.'
            : '',
        ),
    },
    {
      id: 'preservation',
      heading: 'Preservation and customer property',
      clauses: ['7.5.11', '7.5.10'],
      draft: () =>
        paragraphs(
          'The released software is preserved against change and loss: release artefacts are signed and stored in two places, and the source, the build configuration and the SOUP archives are kept for the life of the product so any release can be rebuilt.',
          'Customer property includes the personal and health data users entrust to us and any customer systems we connect to. It is identified, protected (access control, encryption in transit and at rest) and used only as agreed; loss or misuse is reported to the customer and recorded.',
        ),
    },
    {
      id: 'records',
      heading: 'Records',
      clauses: ['4.2.5', '7.5.1'],
      draft: () =>
        paragraphs('Release records, distribution records and, where they apply, installation and servicing records are kept in the medical device file for each version.'),
    },
  ],
};
