import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'plenary.sidebar';
/** Below this window width the sidebar is folded, leaving the notes the room, until the user chooses. */
export const NARROW_WINDOW_PX = 1000;

function storedChoice(): boolean | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'collapsed') return true;
    if (stored === 'expanded') return false;
  } catch {
    // Storage refused (a locked-down profile): the window's width decides.
  }
  return null;
}

const narrow = () => window.innerWidth < NARROW_WINDOW_PX;

/**
 * Whether the sidebar is folded. The user's choice (button or shortcut) is
 * remembered; until one is made, the sidebar folds in a narrow window and
 * unfolds in a wide one.
 */
export function useSidebarCollapsed(): [boolean, () => void] {
  const [choice, setChoice] = useState<boolean | null>(storedChoice);
  const [isNarrow, setNarrow] = useState(narrow);
  useEffect(() => {
    if (choice !== null) return;
    const resized = () => setNarrow(narrow());
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, [choice]);
  const collapsed = choice ?? isNarrow;
  const toggle = useCallback(() => {
    const next = !collapsed;
    setChoice(next);
    try {
      localStorage.setItem(STORAGE_KEY, next ? 'collapsed' : 'expanded');
    } catch {
      // Not remembered, still toggled.
    }
  }, [collapsed]);
  return [collapsed, toggle];
}
