/** Starts calling `callback` every `intervalMs`; returns a function that stops it. Injectable for tests. */
export type StartInterval = (callback: () => void, intervalMs: number) => () => void;

export const startBrowserInterval: StartInterval = (callback, intervalMs) => {
  const id = setInterval(callback, intervalMs);
  return () => clearInterval(id);
};
