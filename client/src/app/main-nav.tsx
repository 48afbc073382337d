import { Link, useLocation } from 'wouter';
import { paths } from '../config/paths.ts';

const NAV_ITEMS = [
  { label: 'Library', href: paths.library.href(), isCurrent: (location: string) => location === '/' || location.startsWith('/songs/') },
  { label: 'Metronome', href: paths.metronome.href(), isCurrent: (location: string) => location.startsWith(paths.metronome.pattern) },
  { label: 'Log', href: paths.practiceLog.href(), isCurrent: (location: string) => location.startsWith(paths.practiceLog.pattern) },
  { label: 'Settings', href: paths.settings.href(), isCurrent: (location: string) => location.startsWith('/settings') },
] as const;

/** The app's top-level sections; the current one carries `aria-current="page"`. */
export function MainNav() {
  const [location] = useLocation();
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.isCurrent(location) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
