/** Which editors the centre area shows: the canvas, the JSON spec, or both side by side. */
export const VIEWS = ['canvas', 'split', 'json'] as const;

/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];

/** Labels shown on the view toggle. */
export const VIEW_LABELS: Record<View, string> = {
  canvas: 'Canvas',
  split: 'Split',
  json: 'JSON',
};

/** Narrows an unknown value (for example from the URL hash) to a {@link View}. */
export function isView(value: unknown): value is View {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}
