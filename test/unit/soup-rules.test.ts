import { describe, expect, it } from 'vitest';
import { diffSoup, type ListedSoup } from '../../shared/soup/diff';
import { missingSoupFields, soupClass, type SoupFields } from '../../shared/soup/required-fields';
import { component } from '../../shared/soup/types';

const listed = (id: number, name: string, version: string): ListedSoup => ({ id, humanId: `SOUP-${id}`, name, ecosystem: 'npm', version });
const incoming = (name: string, version: string) => component({ name, version, ecosystem: 'npm' });

describe('diffSoup', () => {
  it('sorts packages into added, removed, version changed and unchanged', () => {
    const diff = diffSoup(
      [listed(1, 'a', '1.0.0'), listed(2, 'b', '1.0.0'), listed(3, 'gone', '0.1.0')],
      [incoming('a', '1.0.0'), incoming('b', '1.1.0'), incoming('new', '2.0.0')],
    );
    expect(diff.unchanged.map((u) => u.listed.id)).toEqual([1]);
    expect(diff.versionChanged.map((v) => [v.listed.id, v.incoming.version])).toEqual([[2, '1.1.0']]);
    expect(diff.added.map((a) => a.name)).toEqual(['new']);
    expect(diff.removed.map((r) => r.id)).toEqual([3]);
  });
  it('pairs leftover versions of a package locked at several versions in version order', () => {
    const diff = diffSoup([listed(1, 'a', '1.0.0'), listed(2, 'a', '2.0.0'), listed(3, 'a', '3.0.0')], [incoming('a', '2.0.0'), incoming('a', '1.2.0')]);
    expect(diff.unchanged.map((u) => u.listed.id)).toEqual([2]);
    expect(diff.versionChanged.map((v) => [v.listed.id, v.incoming.version])).toEqual([[1, '1.2.0']]);
    expect(diff.removed.map((r) => r.id)).toEqual([3]);
    expect(diff.added).toEqual([]);
  });
  it('treats the same name in another ecosystem as another package', () => {
    const diff = diffSoup([listed(1, 'six', '1.16.0')], [component({ name: 'six', version: '1.16.0', ecosystem: 'pypi' })]);
    expect(diff.added).toHaveLength(1);
    expect(diff.removed).toHaveLength(1);
  });
});

describe('class-aware required fields', () => {
  const empty: SoupFields = {
    name: 'sqlcipher',
    direct: true,
    version: '4.5.6',
    supplier: '',
    purpose: '',
    functionalRequirements: '',
    performanceRequirements: '',
    hardwareSoftwareRequirements: '',
    anomalyReview: '',
    anomalyReviewedAt: null,
    anomalyReviewedVersion: '',
    riskLevel: '',
  };
  it('class A asks for identity only; B and C for requirements, needs, anomaly review and risk', () => {
    expect(missingSoupFields(empty, 'A')).toEqual(['supplier']);
    expect(missingSoupFields(empty, 'C')).toEqual([
      'supplier',
      'purpose',
      'functionalRequirements',
      'performanceRequirements',
      'hardwareSoftwareRequirements',
      'anomalyReview',
      'riskLevel',
    ]);
    expect(missingSoupFields({ ...empty, direct: false }, 'C')).toEqual(['supplier']);
  });
  it('an anomaly review counts only with a date and for the version in use', () => {
    const reviewed = { ...empty, anomalyReview: 'No relevant open issues.', anomalyReviewedAt: '2026-01-05', anomalyReviewedVersion: '4.5.6' };
    expect(missingSoupFields(reviewed, 'B')).not.toContain('anomalyReview');
    expect(missingSoupFields({ ...reviewed, version: '4.6.0' }, 'B')).toContain('anomalyReview');
    expect(missingSoupFields({ ...reviewed, anomalyReviewedAt: null }, 'B')).toContain('anomalyReview');
  });
  it('a SOUP item takes the highest class of its items, or the project class when unused', () => {
    expect(soupClass(['A', 'B'], 'C')).toBe('B');
    expect(soupClass([], 'C')).toBe('C');
    expect(soupClass(['A'], 'C')).toBe('A');
  });
});
