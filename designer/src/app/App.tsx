import type { SyncSpec } from '@syncraft/runtime/spec';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { Canvas } from '../canvas';
import type { ImportFailure } from '../files/ImportButton';
import { ImportErrorDialog } from '../files/ImportErrorDialog';
import { type GalleryChoice, GalleryDialog } from '../gallery/GalleryDialog';
import { ReplaceWorkDialog } from '../gallery/ReplaceWorkDialog';
import { StartFromDataDialog } from '../import-data/StartFromDataDialog';
import { Inspector } from '../inspector';
import { LazyJsonView } from '../monaco/LazyJsonView';
import { Palette } from '../palette';
import type { DesignerDatabase } from '../persistence/database';
import { ProblemsPanel } from '../problems';
import { LazySimulatorPanel } from '../simulator/LazySimulatorPanel';
import { type DesignerStore, DesignerStoreProvider, useDesigner } from '../store';
import './layout.css';
import { TopBar } from './TopBar';
import { usePersistence } from './usePersistence';
import { isView, type View } from './view';

// The panels read the store themselves and take no props: memoised, they do not re-render when the
// frame does (save status, compiled spec, dialogs), which matters while a node is being dragged.
const CanvasPanel = memo(Canvas);
const PalettePanel = memo(Palette);
const InspectorPanel = memo(Inspector);
const ProblemsSection = memo(ProblemsPanel);

/** What the application needs from its host page: one store and one database, created by `main.tsx`. */
export interface AppProps {
  readonly store: DesignerStore;
  readonly database: DesignerDatabase;
}

/**
 * The designer application: top bar; palette on the left; canvas, JSON or both in the centre;
 * inspector on the right; problems along the bottom. The view is kept in the URL hash (`#json`,
 * `#split`) so a reload keeps it.
 */
export function App(props: AppProps) {
  return (
    <DesignerStoreProvider store={props.store}>
      <Shell {...props} />
    </DesignerStoreProvider>
  );
}

function initialView(): View {
  const hash = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return isView(hash) ? hash : 'canvas';
}

function Shell({ store, database }: AppProps) {
  const [view, setView] = useState<View>(initialView);
  const [galleryOpen, setGalleryOpen] = useState(false);
  const [dataOpen, setDataOpen] = useState(false);
  const [arranging, setArranging] = useState(false);
  const [importFailure, setImportFailure] = useState<ImportFailure | undefined>(undefined);
  const { saveStatus, restore } = usePersistence(store, database);

  const appName = useDesigner((s) => s.document.app.name);
  const nodes = useDesigner((s) => s.document.nodes);
  const entityNames = useMemo(
    () => new Set(nodes.flatMap((n) => (n.kind === 'entity' ? [n.data.name] : []))),
    [nodes],
  );
  const canUndo = useDesigner((s) => s.canUndo);
  const canRedo = useDesigner((s) => s.canRedo);
  const compiled = useDesigner((s) => s.compiled);
  const errorCount = compiled.diagnostics.filter((d) => d.severity === 'error').length;

  // First run on this device: nothing was restored, so offer a starting point.
  useEffect(() => {
    if (restore.kind === 'ready' && !restore.restored) setGalleryOpen(true);
  }, [restore]);

  const changeView = useCallback((next: View) => {
    setView(next);
    history.replaceState(null, '', next === 'canvas' ? location.pathname : `#${next}`);
  }, []);

  const start = useCallback(
    (choice: GalleryChoice) => {
      setGalleryOpen(false);
      setReplacing(undefined);
      if (choice.kind === 'template') void store.getState().loadSpec(choice.spec);
      else store.getState().newDocument();
      if (choice.kind === 'data') setDataOpen(true);
    },
    [store],
  );
  // Finished work is not replaced without asking: a drawing with entities gets a confirmation first.
  const [replacing, setReplacing] = useState<GalleryChoice | undefined>(undefined);
  const pick = useCallback(
    (choice: GalleryChoice) => {
      const hasEntities = store.getState().document.nodes.some((n) => n.kind === 'entity');
      if (!hasEntities) return start(choice);
      setGalleryOpen(false);
      setReplacing(choice);
    },
    [store, start],
  );

  const arrange = useCallback(() => {
    setArranging(true);
    void store
      .getState()
      .arrange()
      .finally(() => setArranging(false));
  }, [store]);

  // A valid spec can still be refused by the drawing (e.g. two entities with one name): say why.
  const importSpec = useCallback(
    (spec: SyncSpec, fileName = `${spec.app.id}.json`) => {
      void store
        .getState()
        .loadSpec(spec)
        .then((result) => {
          if (!result.ok) setImportFailure({ ok: false, fileName, diagnostics: result.diagnostics });
        });
    },
    [store],
  );

  return (
    <div
      className="sc-app"
      data-view={view}
      data-restore={restore.kind}
      data-replacing={replacing ? 'ask' : undefined}
    >
      <TopBar
        appName={appName}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={() => store.getState().undo()}
        onRedo={() => store.getState().redo()}
        onOpenGallery={() => setGalleryOpen(true)}
        onStartFromData={() => setDataOpen(true)}
        onImport={importSpec}
        onImportFailure={setImportFailure}
        onArrange={arrange}
        arranging={arranging}
        spec={compiled.spec}
        errorCount={errorCount}
        view={view}
        onView={changeView}
        saveStatus={saveStatus}
      />
      {/* The panels name their own landmarks (Palette, Canvas, Inspector, Problems). */}
      <div className="sc-app__palette">
        <PalettePanel />
      </div>
      <main className="sc-app__centre">
        {view === 'simulate' && (
          <LazySimulatorPanel
            spec={compiled.spec}
            diagnostics={compiled.diagnostics}
            onShowProblems={() => changeView('canvas')}
          />
        )}
        {view !== 'json' && view !== 'simulate' && (
          <div className="sc-app__canvas">
            <CanvasPanel />
          </div>
        )}
        {view !== 'canvas' && view !== 'simulate' && (
          <div className="sc-app__json">
            <LazyJsonView
              spec={compiled.spec ?? compiled.draft}
              diagnostics={compiled.diagnostics}
              onApply={(text) => store.getState().applySpecJson(text)}
            />
          </div>
        )}
      </main>
      <div className="sc-app__inspector">
        <InspectorPanel />
      </div>
      <div className="sc-app__problems">
        <ProblemsSection />
      </div>
      <GalleryDialog open={galleryOpen} onClose={() => setGalleryOpen(false)} onPick={pick} />
      <ReplaceWorkDialog
        choice={replacing}
        appName={appName}
        entities={[...entityNames]}
        onKeep={() => setReplacing(undefined)}
        onReplace={start}
      />
      <StartFromDataDialog
        open={dataOpen}
        onClose={() => setDataOpen(false)}
        existing={entityNames}
        onAdd={(entities) => void store.getState().addEntities(entities)}
      />
      <ImportErrorDialog failure={importFailure} onClose={() => setImportFailure(undefined)} />
    </div>
  );
}
