/**
 * The small input files the import scenarios feed Cairn, kept as text in the build so the installed app
 * carries them. Each is paired, in the scenario, with the result fixed in advance.
 */
export const GOLDEN_REQUIREMENTS_CSV = [
  'ID,Text',
  'REQ-1,The pump shall stop the infusion within 2 s of detecting an occlusion.',
  ',"The pump shall raise an alarm when the battery falls below 10 %, audible at 1 m."',
  ',The pump shall keep a log of every alarm with its time.',
  '',
].join('\n');

export const GOLDEN_JUNIT_XML = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="pump" tests="3" failures="1" skipped="1">
    <testcase classname="pump" name="stops on occlusion" time="0.010"/>
    <testcase classname="pump" name="alarms on low battery" time="0.020"><failure message="no alarm">expected an alarm at 9 %</failure></testcase>
    <testcase classname="pump" name="logs alarms" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>
`;

export const GOLDEN_PACKAGE_LOCK = `${JSON.stringify(
  {
    name: 'pump-ui',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: {
      '': { name: 'pump-ui', version: '1.0.0', dependencies: { 'left-pad': '1.3.0', 'tiny-clock': '2.0.1' } },
      'node_modules/left-pad': { version: '1.3.0', license: 'WTFPL' },
      'node_modules/tiny-clock': { version: '2.0.1', license: 'MIT' },
    },
  },
  null,
  2,
)}\n`;
