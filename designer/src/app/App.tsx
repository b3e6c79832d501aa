import { validate } from '@syncraft/runtime/spec';
import { useState } from 'react';
import { LazyJsonView } from '../monaco/LazyJsonView';
import './layout.css';
import { PendingCanvas, PendingInspector, PendingPalette, PendingProblems } from './placeholders';
import { ViewToggle } from './ViewToggle';
import type { View } from './view';

/**
 * The designer's application frame: top bar, palette on the left, canvas and/or JSON in the centre,
 * inspector on the right, problems along the bottom.
 */
export function App() {
  const [view, setView] = useState<View>('canvas');
  return (
    <div className="sc-app" data-view={view}>
      <header className="sc-topbar">
        <h1 className="sc-topbar__brand">Syncraft</h1>
        <div className="sc-topbar__spacer" />
        <ViewToggle value={view} onChange={setView} />
      </header>
      <aside className="sc-app__palette" aria-label="Palette">
        <PendingPalette />
      </aside>
      <main className="sc-app__centre">
        {view !== 'json' && (
          <div className="sc-app__canvas">
            <PendingCanvas />
          </div>
        )}
        {view !== 'canvas' && (
          <div className="sc-app__json">
            <LazyJsonView
              spec={undefined}
              diagnostics={[]}
              onApply={(text) => {
                const result = validate(text);
                return result.valid ? { ok: true } : { ok: false, diagnostics: result.diagnostics };
              }}
            />
          </div>
        )}
      </main>
      <aside className="sc-app__inspector" aria-label="Inspector">
        <PendingInspector />
      </aside>
      <section className="sc-app__problems" aria-label="Problems">
        <PendingProblems />
      </section>
    </div>
  );
}
