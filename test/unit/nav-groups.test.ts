import { describe, expect, it } from 'vitest';
import { NAV_GROUPS, SCREENS } from '../../renderer/src/stores/nav-store';

describe('navigation groups', () => {
  it('show every screen exactly once', () => {
    const grouped = NAV_GROUPS.flatMap((g) => g.screens);
    expect([...grouped].sort()).toEqual([...SCREENS].sort());
  });
});
