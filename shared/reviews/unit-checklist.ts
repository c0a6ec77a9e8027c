import type { Checklist } from './checklists';

/**
 * Unit verification (IEC 62304 5.5.5) as a checklist, in Cairn's own words: did the unit pass the
 * verification its plan set (5.5.2) against the acceptance criteria (5.5.3)? The questions marked
 * `classCOnly` are the extra acceptance criteria 5.5.4 adds for class C units; they are asked only there,
 * and "not applicable" with a reason is the honest answer where a criterion is not relevant to the unit.
 */
export const UNIT_VERIFICATION_CHECKLIST: Checklist = {
  kind: 'unit-verification',
  clause: '5.5.5',
  title: 'Software unit verification',
  questions: [
    {
      key: 'implements-design',
      text: 'The code does what the unit is meant to do: its detailed design, or the requirements allocated to it where there is no detailed design.',
      help: "Read the change against the unit design and the requirements traced to the unit's item.",
    },
    {
      key: 'coding-rules',
      text: "The code follows the project's coding rules, and every deviation is justified where it is made.",
      help: 'The coding standard named in the development plan; suppressed warnings carry a reason.',
    },
    {
      key: 'planned-checks-run',
      text: 'The checks the verification strategy names for this unit were run on exactly the revision recorded here.',
      help: 'Review, static analysis and unit tests as planned; the commit or pull request reference pins the revision.',
    },
    {
      key: 'criteria-met',
      text: 'The results meet the acceptance criteria: the review approved the change, static analysis reports nothing open, every unit test passes and coverage reaches its threshold.',
      help: 'Compare each check result below with the criterion the plan sets for it.',
    },
    {
      key: 'anomalies-raised',
      text: 'Every anomaly found is written down and handed to problem resolution.',
      help: 'List the problem report IDs or describe each anomaly in the record; none found is a valid answer.',
    },
    {
      key: 'event-sequence',
      classCOnly: true,
      text: 'Events are handled in the right order, including events that arrive early, late or twice.',
      help: 'State machines, callbacks and queued messages.',
    },
    {
      key: 'data-control-flow',
      classCOnly: true,
      text: 'Data and control flow through the unit as designed, with no path that skips a check.',
      help: 'Early returns, exceptions and branches that bypass validation.',
    },
    {
      key: 'resource-allocation',
      classCOnly: true,
      text: 'Resources the unit takes (time, threads, handles, buffers) are planned for and released.',
      help: 'Timeouts, worker pools, open files and sockets.',
    },
    {
      key: 'fault-handling',
      classCOnly: true,
      text: 'Faults are detected and handled: errors are reported, not swallowed, and leave a safe state.',
      help: 'Error definition, isolation and recovery (5.5.4).',
    },
    { key: 'initialisation', classCOnly: true, text: 'Every variable is initialised before it is used.', help: 'Defaults, optional values and state carried between calls.' },
    {
      key: 'self-diagnostics',
      classCOnly: true,
      text: 'Where the design calls for self-checks, the unit performs them and acts on their result.',
      help: 'Plausibility and range checks on inputs and on its own results.',
    },
    {
      key: 'memory',
      classCOnly: true,
      text: 'Memory is managed correctly and no buffer or number overflows.',
      help: 'Allocation and release, array bounds, integer and floating-point overflow.',
    },
    {
      key: 'boundary-conditions',
      classCOnly: true,
      text: 'Boundary values behave correctly: smallest, largest, empty and just outside the valid range.',
      help: 'Unit tests at each boundary of each input.',
    },
  ],
};
