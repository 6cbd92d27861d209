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
} as const;
