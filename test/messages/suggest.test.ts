import { describe, expect, it } from 'vitest';
import { listKeys, suggestKey } from '../../src/messages/suggest.js';

describe('did you mean: the key a misspelt one was meant to be', () => {
  it.each([
    ['rats', ['goal', 'rates', 'rounding'], 'rates'],
    ['Rounding', ['goal', 'rates', 'rounding'], 'rounding'],
    ['currnet', ['previous', 'current'], 'current'],
    // a word of a longer key, or its start
    ['pipeline', ['openPipeline', 'quota'], 'openPipeline'],
    ['fixed', ['fixedCosts', 'price', 'variableCost'], 'fixedCosts'],
    ['margin', ['arpa', 'grossMargin', 'churn', 'horizon'], 'grossMargin'],
    ['round', ['goal', 'rates', 'rounding'], 'rounding'],
    // a whole word of one key only; nothing close, a word of two keys, or too short to say
    ['colour', ['goal', 'rates', 'rounding'], undefined],
    ['cost', ['fixedCosts', 'variableCost'], 'variableCost'],
    ['cost', ['fixedCost', 'variableCost'], undefined],
    ['at', ['atStage', 'goal'], undefined],
  ] as const)('%s among %j → %s', (given, accepted, expected) => {
    expect(suggestKey(given, accepted)).toBe(expected);
  });
  it('lists up to eight keys for a message, and none beyond', () => {
    expect(listKeys(['a', 'b'])).toBe('"a", "b"');
    expect(listKeys(Array.from({ length: 9 }, (_, i) => `k${i}`))).toBeUndefined();
  });
});
