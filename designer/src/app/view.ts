/** Which editors the centre area shows: the canvas, the JSON spec, both side by side, or the simulator. */
export const VIEWS = ['canvas', 'split', 'json', 'simulate'] as const;

/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];

/** Labels shown on the view toggle. */
export const VIEW_LABELS: Record<View, string> = {
  canvas: 'Canvas',
  split: 'Split',
  json: 'JSON',
  simulate: 'Simulate',
};

/** Narrows an unknown value (for example from the URL hash) to a {@link View}. */
export function isView(value: unknown): value is View {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}
