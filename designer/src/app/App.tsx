import { useState } from 'react';
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
