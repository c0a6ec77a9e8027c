import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseTagsIn, listCell, readRecords } from '../../build/validation-pack/records';

// Cairn's own records (test/validation/) must hold together before validation-pack builds a project from
// them: every requirement tested, every test case found as a [TC-n] tag in the file it names, every item
// and runtime package accounted for. A broken link here would otherwise surface as a trace gap at release.

const requirements = readRecords('.', 'requirements.csv');
const cases = readRecords('.', 'test-cases.csv');
const items = readRecords('.', 'software-items.csv').map((row) => row.Name);

describe("Cairn's own records", () => {
  it('number the test cases TC-1 upwards, each verifying requirements that exist', () => {
    expect(cases.map((row) => row['Test case'])).toEqual(cases.map((_, index) => `TC-${index + 1}`));
    const ids = new Set(requirements.map((row) => row.ID));
    for (const row of cases) for (const requirement of listCell(row.Verifies)) expect(ids, `${row['Test case']} verifies ${requirement}`).toContain(requirement);
  });

  it('verify every requirement by at least one test case, and allocate it to software items that exist', () => {
    const verified = new Set(cases.flatMap((row) => listCell(row.Verifies)));
    for (const row of requirements) {
      expect(verified, `${row.ID} is verified by no test case`).toContain(row.ID);
      expect(listCell(row.Items).length, `${row.ID} has no software item`).toBeGreaterThan(0);
      for (const item of listCell(row.Items)) expect(items).toContain(item);
    }
    // And each item implements some requirement, or the trace reports it.
    for (const item of items)
      expect(
        requirements.some((row) => listCell(row.Items).includes(item ?? '')),
        `${item} implements nothing`,
      ).toBe(true);
  });

  it('find each test case tagged in the test file it names, and no tag without a case', () => {
    const byFile = new Map<string, string[]>();
    for (const row of cases) byFile.set(row.Tests ?? '', [...(byFile.get(row.Tests ?? '') ?? []), row['Test case'] ?? '']);
    for (const [file, listed] of byFile) expect(caseTagsIn(readFileSync(file, 'utf8')).sort(), file).toEqual([...listed].sort());
  });

  it('give every runtime dependency in package.json a purpose and software items', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const soup = readRecords('.', 'soup.csv');
    const described = soup.map((row) => row.Package);
    for (const name of Object.keys(pkg.dependencies)) expect(described, `soup.csv has no purpose for ${name}`).toContain(name);
    for (const row of soup) {
      expect(row.Purpose?.trim(), row.Package).toBeTruthy();
      for (const item of listCell(row.Items)) expect(items, row.Package).toContain(item);
    }
  });
});
