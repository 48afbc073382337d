import { create } from 'zustand';

/** The song editor's last announcement ("Undone: Edit title", or why a write was refused). UI state only. */
export type EditorStatusState = {
  message: string;
  tone: 'info' | 'error';
  /** Bumped on every message, so the same words twice are announced twice. */
  serial: number;
  announce(message: string): void;
  fail(message: string): void;
};

export const useEditorStatus = create<EditorStatusState>()((set) => ({
  message: '',
  tone: 'info',
  serial: 0,
  announce: (message) => set((state) => ({ message, tone: 'info', serial: state.serial + 1 })),
  fail: (message) => set((state) => ({ message, tone: 'error', serial: state.serial + 1 })),
}));
