import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHOICES, DEFAULTS, nextTheme, step, validate } from '../../src/browser/settings-schema.js';

describe('settings', () => {
  it('defaults are valid choices', () => {
    assert.deepEqual(validate(DEFAULTS), DEFAULTS);
    assert.deepEqual(DEFAULTS, { theme: 'auto', font: 'serif', size: 20, lineHeight: 1.65, width: 34, academicStyle: 'apa' });
  });

  it('corrupt, old or foreign values fall back key by key; unknown keys are dropped', () => {
    for (const raw of [undefined, null, 42, 'x', [], [1, 2]]) assert.deepEqual(validate(raw), DEFAULTS);
    assert.deepEqual(validate({ theme: 'neon', font: 42, size: '22', lineHeight: null, width: [], academicStyle: 'tasl', extra: true }), DEFAULTS);
    assert.deepEqual(validate({ theme: 'dark', size: 22, academicStyle: 'chicago-note', extra: true }), { ...DEFAULTS, theme: 'dark', size: 22, academicStyle: 'chicago-note' });
    // An old stored object with only the citation style keeps it.
    assert.deepEqual(validate({ academicStyle: 'mla' }), { ...DEFAULTS, academicStyle: 'mla' });
  });

  it('stepped settings move one choice at a time and stop at the ends', () => {
    assert.equal(step(DEFAULTS, 'size', 1), 22);
    assert.equal(step(DEFAULTS, 'size', -1), 18);
    assert.equal(step({ ...DEFAULTS, size: 32 }, 'size', 1), 32);
    assert.equal(step({ ...DEFAULTS, width: 26 }, 'width', -1), 26);
    assert.equal(step(DEFAULTS, 'lineHeight', 1), 1.8);
  });

  it('themes cycle', () => {
    assert.deepEqual(CHOICES.theme.map(nextTheme), ['light', 'sepia', 'dark', 'auto']);
  });
});
