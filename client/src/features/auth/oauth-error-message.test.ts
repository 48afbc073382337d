import { describe, expect, it } from 'vitest';
import { oauthErrorMessage } from './oauth-error-message.ts';

describe('oauthErrorMessage', () => {
  it('AUTH10: explains each callback failure, and ignores anything else', () => {
    expect(oauthErrorMessage('?error=email_unverified')).toMatch(/no verified email/);
    expect(oauthErrorMessage('?error=state')).toMatch(/try again/);
    expect(oauthErrorMessage('?error=<script>')).toBeNull();
    expect(oauthErrorMessage('')).toBeNull();
  });
});
