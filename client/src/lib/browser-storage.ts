/** The browser's localStorage, or null where there is none or reading it throws (some privacy settings). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
