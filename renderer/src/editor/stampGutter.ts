/**
 * The stamp gutter drawn beside the editor: one label per stamped line that
 * is on screen (or near it), never one per line of the document.
 *
 * Each stamped block carries its label as `data-stamp` (written by
 * StampGutterPlugin for blocks that changed). Drawing the labels as
 * positioned `::before` content of every block cost the typing thread about
 * 5 ms of layout and paint per keystroke at 5,000 lines, because every
 * keystroke's text insertion had every label in the layout tree. Here a
 * frame after a change (or a scroll or resize) finds the top-level blocks on
 * screen by binary search, reads their positions (layout the frame needs
 * anyway) and moves a small pool of labels.
 */

/** Screen heights above and below the window that get labels too, so a scroll shows them at once. */
const OVERSCAN = 0.5;

/**
 * The minute a label names: the label itself for clock time ("6:59 AM"),
 * without its seconds for elapsed time ("+12:05" is minute 12).
 */
export function minuteOfLabel(text: string): string {
  return /^[+-]/.test(text) ? text.replace(/:\d{2}$/, '') : text;
}

/** How far back to look for the line before the first one on screen when deciding whether its label repeats. */
const LOOK_BACK = 64;

export interface GutterLabel {
  /** The stamped block the label belongs to. */
  element: HTMLElement;
  label: HTMLElement;
}

function firstOnScreen(blocks: HTMLCollection, top: number): number {
  let low = 0;
  let high = blocks.length - 1;
  let found = blocks.length;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle] as HTMLElement;
    if (block.getBoundingClientRect().bottom >= top) {
      found = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}

/** The stamped elements of one top-level block: itself, or the items of a list. */
function stampedIn(block: HTMLElement): HTMLElement[] {
  if (block.dataset.stamp !== undefined) return [block];
  if (block.tagName !== 'UL' && block.tagName !== 'OL') return [];
  return [...block.querySelectorAll<HTMLElement>('[data-stamp]')];
}

export class StampGutter {
  private readonly layer: HTMLElement;
  /** The label shown for each stamped element, kept while the element stays on screen, so a move only changes its position. */
  private readonly labelOf = new Map<HTMLElement, HTMLElement>();
  private readonly owners = new Map<HTMLElement, HTMLElement>();
  private readonly free: HTMLElement[] = [];
  private frame = 0;
  private contentChanged = true;
  /** The part of the shell (its own coordinates) whose lines have labels. */
  private covered = { top: 0, bottom: -1 };

  constructor(
    private readonly root: HTMLElement,
    private readonly shell: HTMLElement,
    onLabelClick: (element: HTMLElement, event: MouseEvent) => void,
  ) {
    this.layer = document.createElement('div');
    this.layer.className = 'stamp-gutter';
    // The labels repeat each line's stamp for the eye; the timeline and the stamp dialog carry them for everyone.
    this.layer.setAttribute('aria-hidden', 'true');
    this.layer.addEventListener('mousedown', (event) => event.preventDefault());
    this.layer.addEventListener('click', (event) => {
      const label = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.stamp-label') : null;
      const element = label ? this.owners.get(label) : undefined;
      if (element?.isConnected) onLabelClick(element, event);
    });
    shell.append(this.layer);
  }

  /**
   * Draws the labels in the next frame (once, however often it is asked).
   * After a scroll alone nothing moved in the shell: the labels are drawn
   * again only when the window nears the edge of the part that has them.
   */
  schedule(cause: 'content' | 'scroll' = 'content'): void {
    if (cause === 'content') this.contentChanged = true;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.contentChanged && this.stillCovered()) return;
      this.contentChanged = false;
      this.draw();
    });
  }

  private stillCovered(): boolean {
    const viewport = window.innerHeight;
    const top = -this.shell.getBoundingClientRect().top - this.shell.clientTop;
    return top - viewport * (OVERSCAN / 2) >= this.covered.top && top + viewport * (1 + OVERSCAN / 2) <= this.covered.bottom;
  }

  /** Draws the labels of the stamped lines on screen now. */
  draw(): void {
    const shellBox = this.shell.getBoundingClientRect();
    // Labels are placed from the shell's padding box, inside its border.
    const originLeft = shellBox.left + this.shell.clientLeft;
    const originTop = shellBox.top + this.shell.clientTop;
    const viewport = window.innerHeight;
    const top = -viewport * OVERSCAN;
    const bottom = viewport * (1 + OVERSCAN);
    this.covered = { top: top - originTop, bottom: bottom - originTop };
    const blocks = this.root.children;
    const shown = new Map<HTMLElement, { left: number; top: number }>();
    const first = firstOnScreen(blocks, top);
    for (let index = first; index < blocks.length; index++) {
      const block = blocks[index] as HTMLElement;
      const blockBox = block.getBoundingClientRect();
      if (blockBox.top > bottom) break;
      for (const element of stampedIn(block)) {
        const box = element === block ? blockBox : element.getBoundingClientRect();
        if (box.bottom < top || box.top > bottom) continue;
        // Every label of a block lines up in one column, left of the top-level block.
        shown.set(element, { left: blockBox.left - originLeft, top: box.top - originTop });
      }
    }
    for (const [element, label] of this.labelOf) {
      if (shown.has(element)) continue;
      this.labelOf.delete(element);
      this.owners.delete(label);
      label.hidden = true;
      this.free.push(label);
    }
    // A label is drawn when the minute changes; lines written in the same minute carry a faint one (shown on hover).
    let previousMinute = this.minuteBefore(blocks, first);
    for (const [element, place] of shown) {
      let label = this.labelOf.get(element);
      if (!label) {
        label = this.free.pop() ?? this.newLabel();
        label.hidden = false;
        this.labelOf.set(element, label);
        this.owners.set(label, element);
      }
      const text = element.dataset.stamp ?? '';
      if (label.textContent !== text) label.textContent = text;
      const minute = minuteOfLabel(text);
      const repeats = minute !== '' && minute === previousMinute;
      if (label.classList.contains('stamp-repeat') !== repeats) label.classList.toggle('stamp-repeat', repeats);
      previousMinute = minute;
      const transform = `translate(${place.left}px, ${place.top}px)`;
      if (label.style.transform !== transform) label.style.transform = transform;
    }
  }

  /** The minute of the last stamped line before the block at `index`, or '' when there is none near. */
  private minuteBefore(blocks: HTMLCollection, index: number): string {
    for (let at = index - 1; at >= 0 && at >= index - LOOK_BACK; at--) {
      const stamped = stampedIn(blocks[at] as HTMLElement);
      const last = stamped[stamped.length - 1];
      if (last) return minuteOfLabel(last.dataset.stamp ?? '');
    }
    return '';
  }

  private newLabel(): HTMLElement {
    const label = document.createElement('span');
    label.className = 'stamp-label';
    this.layer.append(label);
    return label;
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.layer.remove();
  }
}
