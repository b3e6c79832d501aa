/**
 * The palette: one item per node kind. Drag an item onto the canvas, or activate it (click, Enter
 * or Space) to add the node at the middle of the visible canvas.
 *
 * Test hooks: the palette is a region named "Palette" (`data-testid="palette"`); items are buttons
 * with `data-testid="palette-<kind>"` (e.g. `palette-entity`, `palette-conflictRule`), the
 * accessible name "Add <label>" (e.g. "Add Entity") and the kind's description.
 */
import { type DragEvent, useCallback } from 'react';
import { addKind, KIND_MIME } from '../canvas/Canvas';
import { NODE_KINDS, type NodeKind } from '../graph/types';
import { KindIcon } from '../kinds/KindIcon';
import { kindRegistry } from '../kinds/registry';
import { useDesignerStore } from '../store/context';
import './palette.css';

const paletteKinds = NODE_KINDS.filter((k) => kindRegistry[k].inPalette);

export function Palette() {
  const store = useDesignerStore();
  const onDragStart = useCallback((event: DragEvent, kind: NodeKind) => {
    event.dataTransfer.setData(KIND_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  }, []);
  const add = useCallback(
    (kind: NodeKind) => {
      const { viewCentre } = store.getState();
      addKind(store, kind, { x: viewCentre.x - 100, y: viewCentre.y - 40 }, true);
    },
    [store],
  );
  return (
    <nav className="sc-palette" aria-label="Palette" data-testid="palette">
      <h2 className="sc-palette__title">Add to the app</h2>
      <ul className="sc-palette__list">
        {paletteKinds.map((kind) => {
          const def = kindRegistry[kind];
          return (
            <li key={kind}>
              <button
                type="button"
                className="sc-palette__item"
                draggable
                data-testid={`palette-${kind}`}
                aria-describedby={`palette-${kind}-description`}
                title={def.description}
                style={{ '--sc-node-hue': `var(${def.hue})` } as React.CSSProperties}
                onDragStart={(e) => onDragStart(e, kind)}
                onClick={() => add(kind)}
              >
                <span className="sc-palette__icon">
                  <KindIcon kind={kind} />
                </span>
                <span className="sc-palette__text">
                  <span className="sc-palette__label">
                    <span className="sc-visually-hidden">Add </span>
                    {def.label}
                  </span>
                  <span
                    className="sc-palette__description"
                    id={`palette-${kind}-description`}
                    aria-hidden="true"
                  >
                    {def.description}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="sc-palette__tip">Drag onto the canvas, or click to add in the middle.</p>
    </nav>
  );
}
