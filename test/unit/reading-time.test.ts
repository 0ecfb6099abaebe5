import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes, readingRate } from '../../src/core/reading-time.js';

describe('reading time', () => {
  it('uses the language’s rate', () => {
    assert.equal(readingRate('en-US'), 228);
    assert.equal(readingRate('ar'), 138);
    assert.equal(readingRate('ja'), 357);
    assert.equal(readingRate('xx'), 228);
  });
  it('rounds to whole minutes, at least one', () => {
    assert.equal(readingMinutes(440, 'en'), 2);
    assert.equal(readingMinutes(99, 'ar'), 1);
    assert.equal(readingMinutes(20, 'en'), 1);
    assert.equal(readingMinutes(2000, 'de'), 11);
  });
});
