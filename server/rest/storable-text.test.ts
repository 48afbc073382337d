import { describe, expect, it } from 'vitest';
import { isStorableText } from './storable-text.ts';

describe('isStorableText', () => {
  it('REST4: NUL characters and lone surrogates anywhere (values or keys) are refused; other text passes', () => {
    expect(isStorableText({ title: 'Ré mineur 🎸', tags: ['a', 'b'], n: 1, x: null })).toBe(true);
    expect(isStorableText({ title: 'a\u0000b' })).toBe(false);
    expect(isStorableText({ sections: [{ chords: [{ root: '\ud800' }] }] })).toBe(false);
    expect(isStorableText({ ['k\u0000']: 1 })).toBe(false);
    expect(isStorableText('\udc00x')).toBe(false);
  });
});
