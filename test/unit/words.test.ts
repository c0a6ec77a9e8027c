import { describe, expect, it } from 'vitest';
import { endSentence, plural } from '../../shared/domain/words';

describe('words', () => {
  it('ends a sentence once, whatever the writer put at the end', () => {
    expect(endSentence('Every residual risk is acceptable')).toBe('Every residual risk is acceptable.');
    expect(endSentence('Every residual risk is acceptable.')).toBe('Every residual risk is acceptable.');
    expect(endSentence('Is it acceptable? ')).toBe('Is it acceptable?');
    expect(endSentence('to be decided…')).toBe('to be decided…');
  });

  it('counts with the noun in the right number', () => {
    expect(plural(1, 'step')).toBe('1 step');
    expect(plural(2, 'step')).toBe('2 steps');
    expect(plural(0, 'hazardous situation')).toBe('0 hazardous situations');
    expect(plural(3, 'child', 'children')).toBe('3 children');
  });
});
