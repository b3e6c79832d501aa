import type { SyncSpec } from '@syncraft/runtime/spec';
import { useMemo } from 'react';
import { Dialog } from '../app/Dialog';
import './gallery.css';
import { bundledTemplates } from './templates';

/** What the person picked in the gallery. */
export type GalleryChoice =
  | { readonly kind: 'blank' }
  | { readonly kind: 'data' }
  | { readonly kind: 'template'; readonly spec: SyncSpec };

/**
 * The template gallery: "Blank" plus one card per bundled template (name, description, entity count).
 * Test ids: `template-gallery` (the dialog), `template-blank`, `template-data`, `template-<id>` (e.g. `template-field-service`).
 */
export function GalleryDialog(props: {
  open: boolean;
  onClose: () => void;
  onPick: (choice: GalleryChoice) => void;
}) {
  return (
    <Dialog
      open={props.open}
      title="Start from a template"
      onClose={props.onClose}
      testId="template-gallery"
      wide
    >
      <p className="sc-gallery__intro">
        Pick a ready set of sync rules to adapt, or start from a blank app. You can open the gallery again
        from the top bar at any time.
      </p>
      {/* The dialog renders its body only while open, so templates are validated on first opening. */}
      <GalleryCards onPick={props.onPick} />
    </Dialog>
  );
}

function GalleryCards(props: { onPick: (choice: GalleryChoice) => void }) {
  const { templates } = useMemo(bundledTemplates, []);
  return (
    <ul className="sc-gallery">
      <li>
        <button
          type="button"
          className="sc-gallery__card sc-gallery__card--blank"
          data-testid="template-blank"
          onClick={() => props.onPick({ kind: 'blank' })}
        >
          <span className="sc-gallery__name">Blank</span>
          <span className="sc-gallery__description">
            An empty app with the four priority lanes, a retry policy and online/offline states.
          </span>
          <span className="sc-gallery__meta">0 entities</span>
        </button>
      </li>
      <li>
        <button
          type="button"
          className="sc-gallery__card sc-gallery__card--blank"
          data-testid="template-data"
          onClick={() => props.onPick({ kind: 'data' })}
        >
          <span className="sc-gallery__name">From your data</span>
          <span className="sc-gallery__description">
            A blank app whose entities come from CSV or JSON samples, an OpenAPI document or database tables.
          </span>
          <span className="sc-gallery__meta">CSV · JSON · OpenAPI · PostgreSQL</span>
        </button>
      </li>
      {templates.map((template) => (
        <li key={template.id}>
          <button
            type="button"
            className="sc-gallery__card"
            data-testid={`template-${template.id}`}
            onClick={() => props.onPick({ kind: 'template', spec: template.spec })}
          >
            <span className="sc-gallery__name">{template.name}</span>
            <span className="sc-gallery__description">{template.description}</span>
            <span className="sc-gallery__meta">
              {template.entityCount} {template.entityCount === 1 ? 'entity' : 'entities'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
