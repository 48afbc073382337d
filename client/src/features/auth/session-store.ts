import { create } from 'zustand';
import type { AuthUser } from '../../../../shared/auth/auth-api.ts';

/** Who is signed in: `unknown` until the first answer, then a guest or a user. No I/O here. */
export type SessionState = {
  status: 'unknown' | 'guest' | 'signed-in';
  user: AuthUser | null;
  setUser(user: AuthUser | null): void;
};

export const useSessionStore = create<SessionState>()((set) => ({
  status: 'unknown',
  user: null,
  setUser: (user) => set({ user, status: user ? 'signed-in' : 'guest' }),
}));
