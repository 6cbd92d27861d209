import { useCallback, useState } from 'react';

const STORAGE_KEY = 'plenary.sidebar';
/** Below this window width the sidebar starts folded, leaving the notes the room. */
export const NARROW_WINDOW_PX = 1000;

function initiallyCollapsed(): boolean {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'collapsed') return true;
    if (stored === 'expanded') return false;
  } catch {
    // Storage refused (a locked-down profile): fall back to the window's width.
  }
  return window.innerWidth < NARROW_WINDOW_PX;
}

/** Whether the sidebar is folded; the user's choice is remembered, and a narrow window starts folded until one is made. */
export function useSidebarCollapsed(): [boolean, () => void] {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const toggle = useCallback(() => {
    setCollapsed((was) => {
      try {
        localStorage.setItem(STORAGE_KEY, was ? 'expanded' : 'collapsed');
      } catch {
        // Not remembered, still toggled.
      }
      return !was;
    });
  }, []);
  return [collapsed, toggle];
}
