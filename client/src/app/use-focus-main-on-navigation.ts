import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'wouter';

/**
 * After a client-side navigation, moves focus to the main region so keyboard and screen-reader
 * users start at the new page instead of on the link they left. The first load keeps the default.
 */
export function useFocusMainOnNavigation(main: RefObject<HTMLElement | null>): void {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    main.current?.focus();
  }, [location, main]);
}
