import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { dismissNotice, holdNotices, useNoticeState } from '../app/notices';

/** Distance of the notices from the window's edges, as in the stylesheet (1rem). */
const EDGE = 16;
/** Room kept around the caret's line. */
const CARET_MARGIN = 8;

/** The caret's line on screen: its height at the caret, its width from the block that holds it. */
function caretLine(): { top: number; bottom: number; left: number; right: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const node = selection.focusNode;
  const element = node instanceof Element ? node : node?.parentElement;
  if (!element?.closest('[contenteditable="true"]')) return null;
  const range = selection.getRangeAt(0).cloneRange();
  range.collapse(false);
  let rect = range.getBoundingClientRect();
  // An empty line has no text to measure: its block gives the place.
  const block = element.closest<HTMLElement>('.pl-block') ?? element;
  const blockRect = block.getBoundingClientRect();
  if (rect.height === 0) rect = blockRect;
  return { top: rect.top, bottom: rect.bottom, left: blockRect.left, right: blockRect.right };
}

/**
 * Failures and confirmations, announced to screen readers. They leave by
 * themselves (their time stands still while the pointer or the focus is on
 * them), wait behind an open dialog, and move to the top of the window when
 * they would cover the line being typed.
 */
export function Notices() {
  const { notices, hidden } = useNoticeState();
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<'bottom' | 'top'>('bottom');
  const releaseHover = useRef<(() => void) | null>(null);
  const releaseFocus = useRef<(() => void) | null>(null);

  const choosePlace = useCallback(() => {
    const box = ref.current;
    if (!box || box.childElementCount === 0) return;
    const line = caretLine();
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    const left = window.innerWidth - EDGE - width;
    const top = window.innerHeight - EDGE - height;
    const coversLine =
      line !== null && line.right > left && line.left < left + width && line.bottom + CARET_MARGIN > top && line.top - CARET_MARGIN < top + height;
    setPlace(coversLine ? 'top' : 'bottom');
  }, []);

  useLayoutEffect(choosePlace, [choosePlace, notices, hidden]);
  useEffect(() => {
    if (notices.length === 0) return;
    let frame = 0;
    const schedule = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        choosePlace();
      });
    };
    document.addEventListener('selectionchange', schedule);
    window.addEventListener('resize', schedule);
    window.addEventListener('scroll', schedule, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('scroll', schedule, true);
    };
  }, [notices.length, choosePlace]);

  // A notice that left under the pointer or with the focus in it must not keep the others' time standing still.
  useEffect(() => {
    const box = ref.current;
    if (notices.length === 0 || hidden) {
      releaseHover.current?.();
      releaseHover.current = null;
    }
    if (releaseFocus.current && !(box && box.contains(document.activeElement))) {
      releaseFocus.current();
      releaseFocus.current = null;
    }
  }, [notices, hidden]);
  useEffect(
    () => () => {
      releaseHover.current?.();
      releaseFocus.current?.();
    },
    [],
  );

  return (
    <div
      ref={ref}
      className={place === 'top' ? 'notices notices-top' : 'notices'}
      aria-live="polite"
      hidden={hidden || notices.length === 0}
      data-place={place}
      onMouseEnter={() => {
        releaseHover.current ??= holdNotices('hover');
      }}
      onMouseLeave={() => {
        releaseHover.current?.();
        releaseHover.current = null;
      }}
      onFocus={() => {
        releaseFocus.current ??= holdNotices('focus');
      }}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget)) return;
        releaseFocus.current?.();
        releaseFocus.current = null;
      }}
    >
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-kind={notice.kind}>
          <span>{notice.message}</span>
          {notice.action && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                notice.action?.run();
                dismissNotice(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="notice-dismiss" aria-label="Dismiss" onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
