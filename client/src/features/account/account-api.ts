import { AccountResponse, accountRoutes, type ChangePasswordRequest } from '../../../../shared/auth/account-api.ts';
import { UserResponse, type AuthUser } from '../../../../shared/auth/auth-api.ts';
import { apiJson, apiSend } from '../../lib/api-request.ts';

/** The API calls of the account settings page. */
export const accountApi = {
  get(): Promise<AccountResponse> {
    return apiJson('GET', accountRoutes.account, AccountResponse);
  },
  async rename(name: string): Promise<AuthUser> {
    return (await apiJson('PATCH', accountRoutes.account, UserResponse, { name })).user;
  },
  async changePassword(input: ChangePasswordRequest): Promise<void> {
    await apiSend('POST', accountRoutes.password, input);
  },
  async deleteAccount(password: string | undefined): Promise<void> {
    await apiSend('DELETE', accountRoutes.account, password === undefined ? {} : { password });
  },
  /** Downloaded by a plain link, so the browser saves the file itself. */
  exportUrl: accountRoutes.export,
};
