import { useEffect } from 'react';
import { dockPlan } from '../compiler/layout-dock';
import type { DesignerStore } from '../store/types';
import { entityOfSelection } from './focus';

/** True when a key press belongs to a text field or the JSON editor, not to the canvas. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, .monaco-editor')) return true;
  return false;
}

/** True when the key press happens on the canvas or with no control focused. */
function onCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target.closest('.sc-canvas') !== null;
}

/**
 * Keyboard shortcuts of the designer. Anywhere but in a text field: Ctrl/Cmd+Z undo,
 * Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y redo. On the canvas (or with nothing focused): Delete/Backspace
 * delete the selection, Ctrl/Cmd+C copy, Ctrl/Cmd+V paste, Ctrl/Cmd+A select all, F focuses on the
 * selected entity (focus mode), Escape leaves focus mode or else clears the selection.
 */
export function useShortcuts(store: DesignerStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const s = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let handled = true;
      if (mod && key === 'z' && !event.shiftKey) s.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) s.redo();
      // The rest act on the drawing: only when focus is on the canvas (or nowhere), so that Delete
      // on a focused inspector button never deletes a node.
      else if (!onCanvas(event.target)) handled = false;
      else if (mod && key === 'c') s.copySelection();
      else if (mod && key === 'v') s.paste();
      else if (mod && key === 'a') s.selectAll();
      else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) s.deleteSelection();
      else if (event.key === 'Escape' && s.focusEntity !== undefined) s.setFocusEntity(undefined);
      else if (event.key === 'Escape') s.select({ nodes: [], edges: [] });
      else if (!mod && !event.altKey && key === 'f') {
        const entity = entityOfSelection(s.document, dockPlan(s.document), s.selection);
        if (entity === undefined) handled = false;
        else s.setFocusEntity(entity);
      } else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
