/**
 * A name as one path segment. The router decodes the path with decodeURI
 * before matching, so a "%" is escaped twice to survive; decodeSegment undoes it.
 */
function segment(name: string): string {
  return encodeURIComponent(name).replace(/%25/g, '%2525');
}

/** A route parameter made with `segment`, back to the name. */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every screen's address, in one place, so links and commands never drift apart. */
export const routes = {
  home: '/',
  conference: (id: string) => `/conference/${encodeURIComponent(id)}`,
  session: (id: string, line?: string) => `/session/${encodeURIComponent(id)}${line ? `?line=${encodeURIComponent(line)}` : ''}`,
  actions: '/actions',
  search: '/search',
  templates: '/templates',
  template: (id: string) => `/templates/${encodeURIComponent(id)}`,
  settings: '/settings',
  speakers: '/speakers',
  speaker: (name: string) => `/speaker/${segment(name)}`,
  tags: '/tags',
  tag: (tag: string) => `/tag/${segment(tag)}`,
} as const;
