import type { SyncSpec } from '@syncraft/runtime/spec';
import { ExportButtons } from '../files/ExportButtons';
import { ImportButton, type ImportFailure } from '../files/ImportButton';
import type { SaveStatus } from '../persistence/autosave';
import { SaveIndicator } from '../persistence/SaveIndicator';
import { PublishButton } from '../registry/PublishButton';
import { ViewToggle } from './ViewToggle';
import type { View } from './view';

/** Everything the top bar shows and does; {@link App} wires it to the store. */
export interface TopBarProps {
  readonly appName: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onOpenGallery: () => void;
  readonly onStartFromData: () => void;
  readonly onImport: (spec: SyncSpec, fileName: string) => void;
  readonly onImportFailure: (failure: ImportFailure) => void;
  readonly spec: SyncSpec | undefined;
  readonly errorCount: number;
  readonly view: View;
  readonly onView: (view: View) => void;
  readonly saveStatus: SaveStatus;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/**
 * The top bar: product and app name, undo/redo, templates, import/export, the view toggle and the
 * save indicator. Test ids: `undo`, `redo`, `open-gallery`, plus those of its parts.
 */
export function TopBar(props: TopBarProps) {
  return (
    <header className="sc-topbar">
      <h1 className="sc-topbar__brand">
        <span className="sc-topbar__logo" aria-hidden="true">
          S
        </span>
        Syncraft
      </h1>
      <p className="sc-topbar__app-name" title={props.appName} data-testid="app-name">
        {props.appName}
      </p>
      <fieldset className="sc-topbar__group">
        <legend className="sc-visually-hidden">History</legend>
        <button
          type="button"
          className="sc-button sc-button--ghost"
          data-testid="undo"
          disabled={!props.canUndo}
          onClick={props.onUndo}
          title={`Undo (${mod}Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          className="sc-button sc-button--ghost"
          data-testid="redo"
          disabled={!props.canRedo}
          onClick={props.onRedo}
          title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Y'})`}
        >
          Redo
        </button>
      </fieldset>
      <fieldset className="sc-topbar__group">
        <legend className="sc-visually-hidden">File</legend>
        <button type="button" className="sc-button" data-testid="open-gallery" onClick={props.onOpenGallery}>
          Templates
        </button>
        <button
          type="button"
          className="sc-button"
          data-testid="open-start-from-data"
          title="Create entities from CSV or JSON samples, an OpenAPI document or database tables"
          onClick={props.onStartFromData}
        >
          From data
        </button>
        <ImportButton onSpec={props.onImport} onFailure={props.onImportFailure} />
        <ExportButtons spec={props.spec} errorCount={props.errorCount} />
        <PublishButton spec={props.spec} errorCount={props.errorCount} />
      </fieldset>
      <div className="sc-topbar__spacer" />
      <SaveIndicator status={props.saveStatus} />
      <ViewToggle value={props.view} onChange={props.onView} />
    </header>
  );
}
