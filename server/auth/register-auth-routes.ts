import { authRoutes } from '../../shared/auth/auth-api.ts';
import type { Router } from '../http/router.ts';
import type { AuthDeps } from './auth-deps.ts';
import { oauthCallbackHandler, oauthStartHandler } from './oauth/oauth-routes.ts';
import { meHandler, providersHandler, sessionHandler } from './routes/me.ts';
import { requestPasswordResetHandler, resetPasswordHandler } from './routes/password-reset.ts';
import { signInHandler } from './routes/sign-in.ts';
import { signOutAllHandler, signOutHandler } from './routes/sign-out.ts';
import { signUpHandler } from './routes/sign-up.ts';
import { resendVerificationHandler, verifyEmailHandler } from './routes/verify-email.ts';

/** Mounts `/api/auth/*` (DESIGN.md contracts plus verification, reset and OAuth). */
export function registerAuthRoutes(router: Router, deps: AuthDeps): Router {
  return router
    .add('POST', authRoutes.signUp, signUpHandler(deps))
    .add('POST', authRoutes.signIn, signInHandler(deps))
    .add('POST', authRoutes.signOut, signOutHandler(deps))
    .add('POST', authRoutes.signOutAll, signOutAllHandler(deps))
    .add('GET', authRoutes.me, meHandler(deps))
    .add('GET', authRoutes.session, sessionHandler(deps))
    .add('GET', authRoutes.providers, providersHandler(deps))
    .add('POST', authRoutes.verifyEmail, verifyEmailHandler(deps))
    .add('POST', authRoutes.resendVerification, resendVerificationHandler(deps))
    .add('POST', authRoutes.requestPasswordReset, requestPasswordResetHandler(deps))
    .add('POST', authRoutes.resetPassword, resetPasswordHandler(deps))
    .add('GET', '/api/auth/oauth/:provider/start', oauthStartHandler(deps))
    .add('GET', '/api/auth/oauth/:provider/callback', oauthCallbackHandler(deps));
}
