import { describe, expect, it } from 'vitest';
import { defineHandlers } from '../../electron/core/handlers/define-handlers';
import { handlers } from '../../electron/core/handlers';
import { contract } from '../../shared/api/contract';

describe('the handler table', () => {
  it('joins groups that implement different methods', () => {
    const table = defineHandlers({ 'a.one': () => 1 }, { 'b.two': () => 2 });
    expect(Object.keys(table)).toEqual(['a.one', 'b.two']);
  });

  it('refuses two groups implementing the same method instead of letting the later one win', () => {
    expect(() => defineHandlers({ 'risk.list': () => 1 }, { 'risk.list': () => 2 })).toThrow('Two handler groups implement risk.list');
  });

  it('holds exactly the contract’s methods', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });
});
