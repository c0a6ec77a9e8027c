import { describe, expect, it } from 'vitest';
import { gridMove } from '../../renderer/src/grid/grid-keys';

describe('grid keys', () => {
  const at = { row: 5, col: 2 };
  it('moves by one with arrows and by a screenful with Page keys', () => {
    expect(gridMove('ArrowDown', at, false, 10, 100, 8)).toEqual({ row: 6, col: 2 });
    expect(gridMove('ArrowLeft', at, false, 10, 100, 8)).toEqual({ row: 5, col: 1 });
    expect(gridMove('PageUp', at, false, 10, 100, 8)).toEqual({ row: -5, col: 2 });
  });
  it('goes to the ends of the row with Home/End, and of the grid with Ctrl', () => {
    expect(gridMove('End', at, false, 10, 100, 8)).toEqual({ row: 5, col: 7 });
    expect(gridMove('End', at, true, 10, 100, 8)).toEqual({ row: 99, col: 2 });
    expect(gridMove('Home', at, true, 10, 100, 8)).toEqual({ row: 0, col: 2 });
  });
  it('leaves other keys to the caller', () => {
    expect(gridMove('Enter', at, false, 10, 100, 8)).toBeUndefined();
  });
});
