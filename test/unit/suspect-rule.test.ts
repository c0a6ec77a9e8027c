import { describe, expect, it } from 'vitest';
import { suspectScopeOfEdit } from '../../shared/trace/suspect-rule';
import { REQUIREMENT_STATUSES } from '../../shared/requirements/fields';

describe('which links an edit of a requirement makes suspect', () => {
  it('spares a draft its unreviewed links and holds every later status to all of them', () => {
    expect(suspectScopeOfEdit('draft')).toBe('reviewed-links');
    for (const status of REQUIREMENT_STATUSES.filter((s) => s !== 'draft')) expect(suspectScopeOfEdit(status)).toBe('every-link');
  });
});
