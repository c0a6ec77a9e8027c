import { atLeast, countsSentence, formPhrase, joinWords, marketsPhrase, namesWithRole, planLead, systemsPhrase, teamLines, type PlanFacts } from './plan-facts';

// Cairn's starting text for the development-process steps of the plan (5.1.1 to 5.1.6). Paragraphs are
// separated by a blank line and list items start with "- ", which is all the document builder reads.

export function draftTeam(f: PlanFacts): string {
  const reviewers = namesWithRole(f, 'reviewer');
  const approvers = namesWithRole(f, 'approver');
  const gaps = [
    reviewers ? null : 'No reviewer is named yet: add one to the team before the first review.',
    approvers ? null : 'No approver is named yet: add one before the first document is approved.',
  ].filter((g): g is string => g !== null);
  return [
    `${f.manufacturer} develops ${f.productName}, ${formPhrase(f)}, with the team below. Cairn keeps the team list; this section names who does what under this plan.`,
    teamLines(f)
      .map((line) => `- ${line}`)
      .join('\n'),
    `${planLead(f)} answers for this plan and makes sure every activity in it has a named person. Work that needs a skill the team lacks (for example clinical input, usability testing or penetration testing) is contracted under the supplier controls of the quality management system and named here when agreed.`,
    'Competence and training records for each person are kept under the quality management system (ISO 13485 clause 6.2). Where the team is too small to keep author and approver apart, the approval records why.',
    ...gaps,
  ].join('\n\n');
}

/** Which development activities the class asks for, in the order an increment passes through them. */
function activities(f: PlanFacts): string[] {
  return [
    'software requirements analysis (5.2)',
    ...(atLeast(f, 'B') ? ['architectural design (5.3)'] : []),
    ...(atLeast(f, 'C') ? ['detailed design of each unit and interface (5.4)'] : atLeast(f, 'B') ? ['division of the software into units (5.4.1)'] : []),
    atLeast(f, 'B') ? 'unit implementation and unit verification (5.5)' : 'unit implementation (5.5.1)',
    ...(atLeast(f, 'B') ? ['integration and integration testing (5.6)'] : []),
    'software system testing (5.7)',
    'software release (5.8)',
  ];
}

export function draftLifecycle(f: PlanFacts): string {
  return [
    `The software safety class that governs this plan is class ${f.projectClass}: ${systemsPhrase(f)}.`,
    `The team develops ${f.productName} in short increments. Each increment passes through the activities IEC 62304 asks of class ${f.projectClass}, in this order:`,
    activities(f)
      .map((a) => `- ${a}`)
      .join('\n'),
    'Requirements and design are allowed to grow from one increment to the next, but an activity only builds on outputs that have been reviewed. The phases of the project are: planning (this plan, the risk management plan and the first requirements), development increments, final verification, release, and then maintenance under the maintenance section of this plan.',
    `Design reviews are held when the first set of requirements is complete${atLeast(f, 'B') ? ', when the architecture is complete' : ''} and before each release. Each review is recorded with its participants, findings and the decision to proceed.`,
  ].join('\n\n');
}

export function draftDeliverables(f: PlanFacts): string {
  const outputs = [
    'Software development plan (this document, SDP), including the maintenance plan',
    'Software requirements specification (SRS) with its review record',
    ...(atLeast(f, 'B') ? ['Software architecture description with its verification record'] : []),
    ...(atLeast(f, 'C') ? ['Detailed design of units and interfaces with its verification record'] : []),
    'SOUP list with the version, purpose and, for class B and C, the requirements and anomaly review of each item',
    ...(atLeast(f, 'B') ? ['Unit verification records and integration test records'] : []),
    'Software system test plan and test report',
    'Release record with the list of known residual anomalies',
    'Software safety classification and software risk analysis in the risk management file',
    'Problem reports and change requests',
  ];
  return [
    `Each activity produces records in the ${f.productName} project file, from which Cairn generates the controlled documents:`,
    outputs.map((o) => `- ${o}`).join('\n'),
    'Traceability: every software requirement has a unique ID and is linked to the system requirement or risk control it comes from, to the software item that implements it and to the test that verifies it. Risk controls implemented in software are linked to the requirement that implements them. Cairn keeps these links and marks a link suspect when the record at either end changes; suspect links and the gap report are reviewed before every release.',
    countsSentence(f),
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}

export function draftPlanUpdates(f: PlanFacts): string {
  return [
    `This plan is kept current while ${f.productName} is developed. ${planLead(f)} updates it when the lifecycle, the team, the tools, the scope or the software safety class changes, and reviews it before each release even if nothing seems to have changed.`,
    `If the class of any software system changes (the plan now follows class ${f.projectClass}), the plan is checked again against Annex A of IEC 62304 so that every activity the new class requires is planned; Cairn lists a newly required step as missing until it is written.`,
    'Changes are made in Cairn, where the audit trail records who changed which section, when and what it said before. An updated plan is reviewed and approved as a new version of the SDP before the work it describes relies on it.',
  ].join('\n\n');
}

export function draftSystemCoordination(f: PlanFacts): string {
  const system =
    f.softwareForm === 'in-device'
      ? `The software is developed together with ${f.hardwareDevice.trim() || 'the hardware device'}. Hardware and software leads agree the interfaces, timing, memory and power budgets at each design review, and a change on either side is assessed for its effect on the other before it is approved.`
      : `Because ${f.productName} is standalone software, the system is the software together with the platforms it runs on and the devices it connects to. The supported platforms and their minimum versions are system requirements and are tested at system level.`;
  return [
    `The system requirements for ${f.productName} are the design inputs kept under ${f.manufacturer}’s design and development procedure (ISO 13485 clause 7.3): the intended purpose, user needs, usability and security requirements, the requirements of ${marketsPhrase(f)}, and the risk controls from the risk management file.`,
    'Software requirements are derived from these design inputs (5.2.1) and name the input each comes from. When a design input changes, the software requirements that trace to it are reviewed in the same change.',
    system,
    'System-level activities — usability engineering, clinical evaluation, cybersecurity, labelling and instructions for use — are coordinated in the design reviews, where their owners report and agree any effect on the software.',
  ].join('\n\n');
}

export function draftStandardsTools(f: PlanFacts): string {
  return [
    `For class C software of ${f.productName} the team uses the standards, methods and tools below. Versions are pinned in the repository and recorded with each release.`,
    [
      '- Languages and runtimes: [name each language and its version]',
      '- Coding standard: the team’s coding conventions, enforced by the linter configuration kept in the repository',
      '- Static analysis: [name the analysers] run on every change; findings are fixed or justified before merge',
      '- Compilers and build tools: [name them with versions]',
      '- Test frameworks: [name them with versions]',
      '- Design methods: item and unit interfaces are written down before implementation; defensive checks at every interface that receives external data',
    ].join('\n'),
    'A change of standard, method or tool is made through a change request and assessed for its effect on software already verified.',
  ].join('\n\n');
}

export function draftIntegration(f: PlanFacts): string {
  return [
    `Software units are integrated continuously: a change reaches the main line only after the automated build and test suite pass. Integration follows the architecture of ${joinWords(f.systems.map((s) => s.name)) || f.productName}, item by item, including every SOUP item at the version listed in the SOUP list.`,
    'Integration tests exercise the interfaces between software items, with SOUP and with external systems and devices, including error paths and timing where they matter. The integration test plan lists the tests per interface and is updated with the architecture.',
    'For each release candidate the integration tests are run and recorded with the software version, the test environment, the results, who ran them and any anomalies (5.6.7). After each change the automated suite is run again as regression testing (5.6.6). Problems found go to the problem resolution process (5.6.8).',
  ].join('\n\n');
}

export function draftVerification(f: PlanFacts): string {
  const tasks = [
    'Software requirements: reviewed against the checklist of 5.2.6 (consistent with system requirements and risk controls, unambiguous, testable, uniquely identified) before design builds on them.',
    ...(atLeast(f, 'B') ? ['Architecture: reviewed (5.3.6) before detailed work on the items it describes.'] : []),
    ...(atLeast(f, 'C') ? ['Detailed design: reviewed against the architecture and requirements (5.4.4) before implementation.'] : []),
    ...(atLeast(f, 'B')
      ? [
          'Units: every change is reviewed by a second developer and covered by automated unit tests; acceptance criteria are the coding standard, passing tests and agreed coverage (5.5.3).',
        ]
      : ['Code: every change is reviewed by a second developer before merge.']),
    ...(atLeast(f, 'B') ? ['Integration: integration tests pass for the release candidate (5.6).'] : []),
    'System: every software requirement is verified by at least one system test; the release candidate passes all tests, or each failure is evaluated and recorded as a known anomaly (5.7).',
    'Release: verification is complete and the residual anomalies are evaluated before release (5.8.1).',
  ];
  return [
    `Verification of ${f.productName} is planned per deliverable. Each task has a milestone (the end of the increment or the release) and an acceptance criterion:`,
    tasks.map((t) => `- ${t}`).join('\n'),
    'Verification results are recorded in Cairn with the version verified, the person who verified it and the outcome. A verification that fails goes to problem resolution.',
  ].join('\n\n');
}
