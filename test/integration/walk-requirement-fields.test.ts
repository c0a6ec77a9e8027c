import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreFixture } from './core-fixture';

// The walk names the fields its requirements still miss, read in one statement from the file (the SQL
// form of each requirement's `missing`), so a newcomer knows what to fill without opening each one.

let f: CoreFixture;
beforeAll(async () => {
  f = new CoreFixture();
  await f.project();
});
afterAll(() => f.dispose());

const requirementsStage = async () => (await f.ok('walk.status', {})).stages.find((s) => s.id === 'requirements');

describe('walk.status: what the requirements still miss', () => {
  it('names exactly the fields missing across the live requirements, and none once they are filled', async () => {
    // No system yet: the project is held to class C, which asks for a source and acceptance criteria too.
    const first = await f.ok('requirements.create', { text: 'The app shows the bolus dose.', verificationMethod: 'test', source: 'user-need' });
    await f.ok('requirements.create', { text: 'The app logs each dose.', verificationMethod: 'test', source: 'user-need', acceptanceCriteria: 'Each dose appears in the log.' });
    const missing = await requirementsStage();
    expect(missing?.reason).toContain('1 requirement missing what class C asks (acceptance criteria): REQ-1');
    expect(missing?.reason).not.toContain('source');

    await f.ok('requirements.update', { id: first.id, acceptanceCriteria: 'The dose shown equals the dose computed.' });
    expect((await requirementsStage())?.reason).not.toContain('missing what class');
  });
});
