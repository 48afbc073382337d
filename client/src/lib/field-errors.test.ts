import { describe, expect, it } from 'vitest';
import { SignUpRequest } from '../../../shared/auth/auth-api.ts';
import { fieldErrors } from './field-errors.ts';

describe('fieldErrors', () => {
  it('AUTH6: maps the first message of each field for display next to its input', () => {
    const result = SignUpRequest.safeParse({ email: 'nope', password: '' });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toEqual({ email: 'Enter a valid email address.', password: 'Use at least 8 characters.' });
  });
});
