import { type RefObject, useLayoutEffect, useState } from 'react';

/** How much a row of controls has to give up to fit: nothing, its words, or its file actions. */
export const FITS = ['full', 'tight', 'compact'] as const;

/** One of {@link FITS}; each form is narrower than the one before. */
export type Fit = (typeof FITS)[number];

/**
 * The next form of a row of controls. When the row's last control ends past the row's inner right
 * edge, the row takes the next narrower form, and the width the wider form needed is remembered:
 * the row goes back to the wider form only when that much room is there again, so it never
 * flickers between two forms.
 *
 * @example
 * nextFit({ level: 0, available: 980, contentEnd: 1120, needs: [] }) // → { level: 1, needs: [1120] }
 */
export function nextFit(state: {
  /** Index into {@link FITS}. */
  readonly level: number;
  /** The row's width between its paddings. */
  readonly available: number;
  /** Where the last control ends, from the row's inner left edge. */
  readonly contentEnd: number;
  /** What each wider form needed when it last overflowed, by level. */
  readonly needs: readonly number[];
}): { level: number; needs: number[] } {
  const { level, available, contentEnd } = state;
  const needs = [...state.needs];
  if (contentEnd > available + 0.5 && level < FITS.length - 1) {
    needs[level] = contentEnd;
    return { level: level + 1, needs };
  }
  const wider = level > 0 ? needs[level - 1] : undefined;
  if (wider !== undefined && available >= wider) return { level: level - 1, needs };
  return { level, needs };
}

/**
 * Watches a flex row (`ref`) and says which form of it fits (see {@link nextFit}). The row's last
 * element child is taken as the end of its content.
 */
export function useRowFit(ref: RefObject<HTMLElement | null>): Fit {
  const [state, setState] = useState<{ level: number; needs: number[] }>({ level: 0, needs: [] });
  useLayoutEffect(() => {
    const row = ref.current;
    if (!row) return;
    const measure = () => {
      const style = getComputedStyle(row);
      const padLeft = Number.parseFloat(style.paddingLeft);
      const available = row.clientWidth - padLeft - Number.parseFloat(style.paddingRight);
      const left = row.getBoundingClientRect().left + padLeft;
      const last = row.lastElementChild;
      const contentEnd = last ? last.getBoundingClientRect().right - left : 0;
      const next = nextFit({ ...state, available, contentEnd });
      if (next.level !== state.level) setState(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    return () => observer.disconnect();
  }, [ref, state]);
  return FITS[state.level] ?? 'full';
}
