// Run as its own Node process with the test harness's cheap-KDF switch (the Playwright runner has it off,
// and the sample's key slots are wrapped at the test cost): copies a project, drops every trigger, and
// edits the first requirement's text with plain SQL, as someone with the file and its key would.
// Prints the requirement's human ID.
import { tamperCopy } from '../../support/tamper';

const [source, target] = process.argv.slice(2);
if (!source || !target) throw new Error('usage: tamper-requirement <source> <target>');
let humanId = '';
tamperCopy(source, target, (db) => {
  humanId = db.prepare('SELECT min(human_id) FROM requirement').pluck().get() as string;
  db.prepare('UPDATE requirement SET text = ? WHERE human_id = ?').run('The spirometer may skip its calibration.', humanId);
});
process.stdout.write(humanId);
