import { VIEW_LABELS, VIEWS, type View } from './view';

/**
 * A segmented control switching between canvas, split and JSON views.
 * Test ids: `view-canvas`, `view-split`, `view-json`.
 */
export function ViewToggle(props: { value: View; onChange: (view: View) => void }) {
  return (
    <fieldset className="sc-segmented">
      <legend className="sc-visually-hidden">View</legend>
      {VIEWS.map((view) => (
        <button
          key={view}
          type="button"
          className="sc-segmented__item"
          aria-pressed={props.value === view}
          data-testid={`view-${view}`}
          onClick={() => props.onChange(view)}
        >
          {VIEW_LABELS[view]}
        </button>
      ))}
    </fieldset>
  );
}
