import { describe, expect, it } from 'vitest';
import { pathOfMalformedString } from '../../shared/api/well-formed';

describe('pathOfMalformedString', () => {
  it('accepts well-formed text, including astral characters', () => {
    expect(pathOfMalformedString({ a: 'Łódź 🫁 日本', b: ['x', { c: '\u200f' }] })).toBeNull();
  });
  it('finds a lone high or low surrogate and says where', () => {
    expect(pathOfMalformedString({ owner: { name: 'x\uD800y' } })).toEqual(['owner', 'name']);
    expect(pathOfMalformedString({ list: ['ok', '\uDC00'] })).toEqual(['list', '1']);
    expect(pathOfMalformedString('\uD83D')).toEqual([]);
  });
});

describe('pathOfMalformedString on hostile nesting', () => {
  it('walks arbitrarily deep input without overflowing the stack', () => {
    let deep: unknown = 'x\uD800';
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(pathOfMalformedString(deep)?.length).toBe(100_000);
  });
});
