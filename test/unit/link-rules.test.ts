import { describe, expect, it } from 'vitest';
import { linkKindOf, linkRefusal } from '../../shared/trace/link-rules';

describe('trace link rules', () => {
  it('accepts the recorded directions and names their meaning', () => {
    expect(linkRefusal({ type: 'requirement', id: 1 }, { type: 'software_item', id: 1 })).toBeNull();
    expect(linkKindOf('risk_control', 'requirement')?.meaning).toBe('is implemented by');
  });

  it('tells the caller to swap ends given the wrong way round', () => {
    expect(linkRefusal({ type: 'software_item', id: 2 }, { type: 'requirement', id: 1 })).toMatch(/go from the requirement: swap/);
  });

  it('refuses pairs that mean nothing', () => {
    expect(linkRefusal({ type: 'requirement', id: 1 }, { type: 'requirement', id: 2 })).toMatch(/does not trace a requirement to a requirement/);
    expect(linkRefusal({ type: 'soup', id: 1 }, { type: 'test_case', id: 1 })).toMatch(/SOUP item to a test case/);
  });
});
