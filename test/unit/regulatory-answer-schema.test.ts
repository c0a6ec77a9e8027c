import { describe, expect, it } from 'vitest';
import { answersObject, firstProblem, parseAnswers, yesNo } from '../../shared/regulatory/answer-schema';
import { describeProblem, RegulatoryInputError, unwrap } from '../../shared/regulatory/problems';

const schema = answersObject({ flag: yesNo, nested: answersObject({ inner: yesNo }).optional() });

describe('answer parsing', () => {
  it('passes good answers through', () => {
    expect(parseAnswers(schema, { flag: true })).toEqual({ ok: true, value: { flag: true } });
  });

  it.each([null, 'text', [], 3])('refuses %j as a whole, with no field', (raw) => {
    expect(parseAnswers(schema, raw)).toEqual({ ok: false, problem: { message: 'Expected an object holding the answers.' } });
  });

  it('names nested fields as dotted paths, unknown keys included', () => {
    expect(parseAnswers(schema, { flag: true, nested: { inner: 'x' } })).toMatchObject({ ok: false, problem: { field: 'nested.inner' } });
    expect(parseAnswers(schema, { flag: true, nested: { inner: true, extra: 1 } })).toMatchObject({
      ok: false,
      problem: { field: 'nested.extra', message: 'Unknown field "extra"; check its spelling.' },
    });
  });

  it('has a fallback for an error without issues', () => {
    const empty = schema.safeParse({}).error;
    if (!empty) throw new Error('expected a parse error');
    empty.issues.length = 0;
    expect(firstProblem(empty)).toEqual({ message: 'The answers are not valid.' });
  });
});

describe('problems', () => {
  it('describes a problem with its field first', () => {
    expect(describeProblem({ field: 'a.b', message: 'Required.' })).toBe('a.b: Required.');
    expect(describeProblem({ message: 'Not an object.' })).toBe('Not an object.');
  });

  it('unwraps a decision or throws its problem', () => {
    expect(unwrap({ ok: true, value: 1 })).toBe(1);
    const error = (() => {
      try {
        unwrap({ ok: false, problem: { field: 'x', message: 'Required.' } });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(RegulatoryInputError);
    expect(error).toMatchObject({ field: 'x', message: 'x: Required.', problem: { field: 'x', message: 'Required.' } });
  });
});
