import { Link, useLocation } from 'wouter';
import { SaveIndicator } from '../components/SaveIndicator';
import { routes } from './routes';

/** The app's places, in the order of the Go menu. */
const sections: ReadonlyArray<{ href: string; label: string }> = [
  { href: routes.home, label: 'Conferences' },
  { href: routes.search, label: 'Search' },
  { href: routes.speakers, label: 'Speakers' },
  { href: routes.tags, label: 'Tags' },
  { href: routes.actions, label: 'Action items' },
  { href: routes.templates, label: 'Templates' },
  { href: routes.settings, label: 'Settings' },
];

/** Where the user can go, and whether everything is saved. */
export function Sidebar({ onShortcuts }: { onShortcuts: () => void }) {
  const [location] = useLocation();
  return (
    <aside className="sidebar">
      <div className="brand" aria-hidden="true">
        Plenary
      </div>
      <nav aria-label="Main">
        <ul className="nav-list">
          {sections.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className={location === section.href ? 'nav-link active' : 'nav-link'} aria-current={location === section.href ? 'page' : undefined}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <SaveIndicator />
        <button type="button" className="link-button" onClick={onShortcuts}>
          Keyboard shortcuts
        </button>
      </div>
    </aside>
  );
}
