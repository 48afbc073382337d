import { accountRoutes } from '../../shared/auth/account-api.ts';
import type { AuthDeps } from '../auth/auth-deps.ts';
import type { Router } from '../http/router.ts';
import { changePasswordHandler, getAccountHandler, updateAccountHandler } from './account-handlers.ts';
import { deleteAccountHandler } from './delete-account.ts';
import { exportAccountHandler } from './export-account.ts';

/** Mounts `/api/account*`: settings, password, deletion and export. */
export function registerAccountRoutes(router: Router, deps: AuthDeps): Router {
  return router
    .add('GET', accountRoutes.account, getAccountHandler(deps))
    .add('PATCH', accountRoutes.account, updateAccountHandler(deps))
    .add('DELETE', accountRoutes.account, deleteAccountHandler(deps))
    .add('POST', accountRoutes.password, changePasswordHandler(deps))
    .add('GET', accountRoutes.export, exportAccountHandler(deps));
}
