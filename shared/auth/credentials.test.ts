import { describe, expect, it } from 'vitest';
import { SignInRequest, SignUpRequest } from './auth-api.ts';

describe('shared credential schemas', () => {
  it('AUTH6: emails are trimmed and lower-cased; passwords are kept exactly', () => {
    expect(SignUpRequest.parse({ email: '  Ana@Example.COM ', password: '  spaced pass  ' })).toEqual({
      email: 'ana@example.com',
      password: '  spaced pass  ',
    });
  });

  it('AUTH6: refuses bad emails and out-of-range passwords with a message for people', () => {
    const bad = SignUpRequest.safeParse({ email: 'not-an-email', password: 'short' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['Enter a valid email address.', 'Use at least 8 characters.']);
    expect(SignUpRequest.safeParse({ email: 'a@b.co', password: 'x'.repeat(129) }).success).toBe(false);
    expect(SignInRequest.safeParse({ email: 'a@b.co', password: '' }).success).toBe(false);
  });
});
