import { describe, expect, it } from 'vitest';
import { tokenFragment, tokenFromFragment } from './auth-pages.ts';

describe('emailed link tokens', () => {
  it('AUTH11: the token travels in the fragment and reads back', () => {
    expect(tokenFragment('abc234')).toBe('#token=abc234');
    expect(tokenFromFragment('#token=abc234')).toBe('abc234');
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#other=1')).toBeNull();
  });
});
