import { describe, expect, it } from 'vitest';
import { tableRowMove } from '../../renderer/src/grid/table-keys';

describe('moving between the rows of a data table', () => {
  it('arrows move one row, Page keys a screenful, Home and End to the ends, all clamped', () => {
    expect(tableRowMove('ArrowDown', 0, 5, 3)).toBe(1);
    expect(tableRowMove('ArrowUp', 0, 5, 3)).toBe(0);
    expect(tableRowMove('ArrowDown', 4, 5, 3)).toBe(4);
    expect(tableRowMove('PageDown', 1, 5, 3)).toBe(4);
    expect(tableRowMove('PageDown', 3, 5, 3)).toBe(4);
    expect(tableRowMove('PageUp', 2, 5, 3)).toBe(0);
    expect(tableRowMove('Home', 3, 5, 3)).toBe(0);
    expect(tableRowMove('End', 1, 5, 3)).toBe(4);
  });

  it('other keys, sideways arrows and an empty table do not move', () => {
    expect(tableRowMove('Enter', 1, 5, 3)).toBeUndefined();
    expect(tableRowMove('ArrowRight', 1, 5, 3)).toBeUndefined();
    expect(tableRowMove('ArrowLeft', 1, 5, 3)).toBeUndefined();
    expect(tableRowMove('ArrowDown', 0, 0, 3)).toBeUndefined();
  });
});
