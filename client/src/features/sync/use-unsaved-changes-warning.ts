import { useEffect } from 'react';
import { useHasUnsavedChanges } from './use-sync-status.ts';

/** CSYNC4: closing or reloading a tab that holds changes not yet saved in the cloud asks first. */
export function useUnsavedChangesWarning(): void {
  const unsaved = useHasUnsavedChanges();
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older browsers need it set
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
