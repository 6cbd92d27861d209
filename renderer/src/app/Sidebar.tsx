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

interface SidebarProps {
  /** Folded to a narrow rail that keeps only the way back and the save state. */
  collapsed: boolean;
  onToggle: () => void;
  onShortcuts: () => void;
  /** The shortcut that folds and unfolds it, as shown to the user ("Ctrl+\"). */
  toggleKeys: string;
}

/** Where the user can go, and whether everything is saved. */
export function Sidebar({ collapsed, onToggle, onShortcuts, toggleKeys }: SidebarProps) {
  const [location] = useLocation();
  if (collapsed) {
    return (
      <aside className="sidebar sidebar-rail" aria-label="Sidebar">
        <button type="button" className="sidebar-toggle" onClick={onToggle} aria-expanded="false" title={`Show the sidebar (${toggleKeys})`}>
          <span aria-hidden="true">»</span>
          <span className="visually-hidden">Show the sidebar</span>
        </button>
        <div className="sidebar-footer">
          <SaveIndicator />
        </div>
      </aside>
    );
  }
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="brand-row">
        <div className="brand" aria-hidden="true">
          Plenary
        </div>
        <button type="button" className="sidebar-toggle" onClick={onToggle} aria-expanded="true" title={`Hide the sidebar (${toggleKeys})`}>
          <span aria-hidden="true">«</span>
          <span className="visually-hidden">Hide the sidebar</span>
        </button>
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
