import type { SyncSpec } from '@syncraft/runtime/spec';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ExportButtons } from '../files/ExportButtons';
import { ImportButton, type ImportFailure } from '../files/ImportButton';
import type { SaveStatus } from '../persistence/autosave';
import { SaveIndicator } from '../persistence/SaveIndicator';
import { PublishButton } from '../registry/PublishButton';
import { useRowFit } from './top-bar-fit';
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
  /** Lays the drawing out again (one undo step). */
  readonly onArrange: () => void;
  /** True while an arrangement is being computed. */
  readonly arranging: boolean;
  readonly spec: SyncSpec | undefined;
  readonly errorCount: number;
  readonly view: View;
  readonly onView: (view: View) => void;
  readonly saveStatus: SaveStatus;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/**
 * The top bar: product and app name, undo/redo, templates, import/export, arrange, publish, the save
 * indicator and the view toggle. When its controls do not fit side by side it first turns tight (the
 * product name and the save indicator's words are only read out, paddings shrink), then compact (a
 * 1024 px window: the file actions move into a **File** menu); nothing ever overlaps.
 *
 * Test ids: `top-bar` (with `data-fit` = `full`, `tight` or `compact`), `undo`, `redo`,
 * `open-gallery`, `arrange`, `file-menu` (the compact form's menu button, its panel
 * `file-menu-panel`), plus those of its parts.
 */
export function TopBar(props: TopBarProps) {
  const row = useRef<HTMLElement>(null);
  const fit = useRowFit(row);
  const compact = fit === 'compact';
  const fileActions = (
    <>
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
    </>
  );
  return (
    <header ref={row} className={`sc-topbar sc-topbar--${fit}`} data-testid="top-bar" data-fit={fit}>
      <h1 className="sc-topbar__brand">
        <span className="sc-topbar__logo" aria-hidden="true">
          S
        </span>
        <span className="sc-topbar__product">Syncraft</span>
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
        {compact ? <FileMenu>{fileActions}</FileMenu> : fileActions}
        <button
          type="button"
          className="sc-button"
          data-testid="arrange"
          disabled={props.arranging}
          aria-busy={props.arranging}
          title="Lay the drawing out again: rules and scopes with their entities, lanes and states in rows (undo puts it back)"
          onClick={props.onArrange}
        >
          {props.arranging ? 'Arranging…' : 'Arrange'}
        </button>
        <PublishButton spec={props.spec} errorCount={props.errorCount} />
      </fieldset>
      <div className="sc-topbar__spacer" />
      <SaveIndicator status={props.saveStatus} />
      <ViewToggle value={props.view} onChange={props.onView} />
    </header>
  );
}

/**
 * The compact bar's **File** menu. The panel stays mounted while closed (only invisible), so the
 * export's confirmation dialog and the import's file picker keep working after the menu closes.
 * Escape or a click elsewhere closes it; choosing an action closes it too.
 */
function FileMenu(props: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <div className="sc-topbar__menu" ref={wrapper}>
      <button
        ref={toggle}
        type="button"
        className="sc-button"
        data-testid="file-menu"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        File <span aria-hidden="true">▾</span>
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the keys and clicks belong to the buttons inside; this only closes the menu after them */}
      <div
        id={panelId}
        className="sc-topbar__menu-panel"
        data-open={open}
        data-testid="file-menu-panel"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button')) setOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        {props.children}
      </div>
    </div>
  );
}
