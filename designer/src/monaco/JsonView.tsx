import type { Diagnostic } from '@syncraft/runtime/spec';
import { useEffect, useRef, useState } from 'react';
import { jsonFileText } from '../files/export-spec';
import './json-view.css';
import { locatePointer } from './locate';
import { textMatchesSpec } from './same-json';
import { SPEC_MODEL_URI, setupMonaco } from './setup';

/** Result of handing edited JSON to the designer (the store's `applySpecJson`). */
export type ApplyResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Where the JSON view stands relative to the canvas. */
type SyncStatus =
  | { readonly kind: 'in-sync' }
  | { readonly kind: 'editing' }
  | { readonly kind: 'rejected'; readonly diagnostics: readonly Diagnostic[] };

/** Quiet time after typing before the JSON is applied to the canvas. */
const APPLY_DELAY_MS = 500;
/** Markers of a refused edit. */
const MARKER_OWNER = 'syncraft';
/** Markers of the design's own problems (the Problems panel's list), shown while in step. */
const DESIGN_MARKER_OWNER = 'syncraft-design';

type Monaco = ReturnType<typeof setupMonaco>;
type TextModel = ReturnType<Monaco['editor']['createModel']>;

/** Diagnostics as editor markers, each placed where its JSON pointer lands in the current text. */
function toMarkers(monaco: Monaco, model: TextModel, diagnostics: readonly Diagnostic[]) {
  const text = model.getValue();
  return diagnostics.map((d) => {
    const span = locatePointer(text, d.pointer);
    const start = model.getPositionAt(span.offset);
    const end = model.getPositionAt(span.offset + Math.max(span.length, 1));
    return {
      severity:
        d.severity === 'error'
          ? monaco.MarkerSeverity.Error
          : d.severity === 'warning'
            ? monaco.MarkerSeverity.Warning
            : monaco.MarkerSeverity.Info,
      message: d.hint ? `${d.code}: ${d.message}\n${d.hint}` : `${d.code}: ${d.message}`,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}

/**
 * The compiled spec as editable JSON in Monaco, with the spec JSON Schema attached (completion, hover,
 * squiggles). Edits that parse and validate replace the canvas; otherwise the canvas keeps its state and
 * the editor shows why. Test ids: `json-view`, `json-status`.
 */
export function JsonView(props: {
  /** What the canvas compiles to: the spec, or as much of it as compiles while it has errors. */
  spec: unknown;
  diagnostics: readonly Diagnostic[];
  onApply: (text: string) => ApplyResult;
}) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<ReturnType<ReturnType<typeof setupMonaco>['editor']['create']>>(undefined);
  const latest = useRef(props);
  latest.current = props;
  const [status, setStatus] = useState<SyncStatus>({ kind: 'in-sync' });
  const replaceRef = useRef<((text: string) => void) | undefined>(undefined);

  // Create the editor once; the model outlives re-renders and is disposed with the view.
  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const monaco = setupMonaco();
    const uri = monaco.Uri.parse(SPEC_MODEL_URI);
    monaco.editor.getModel(uri)?.dispose();
    const initial = latest.current.spec === undefined ? '' : jsonFileText(latest.current.spec);
    const model = monaco.editor.createModel(initial, 'json', uri);
    const editor = monaco.editor.create(container, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      ariaLabel: 'Spec JSON editor',
      theme: 'vs',
    });
    editorRef.current = editor;

    let timer: ReturnType<typeof setTimeout> | undefined;
    let external = false;
    const apply = () => {
      timer = undefined;
      const text = model.getValue();
      const result = latest.current.onApply(text);
      if (result.ok) {
        monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
        setStatus({ kind: 'in-sync' });
        return;
      }
      monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(monaco, model, result.diagnostics));
      setStatus({ kind: 'rejected', diagnostics: result.diagnostics });
    };
    const changes = model.onDidChangeContent(() => {
      if (external) return;
      setStatus({ kind: 'editing' });
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(apply, APPLY_DELAY_MS);
    });
    // Replaces the text when the canvas changed the spec, as an undoable edit in the editor.
    const replace = (text: string) => {
      external = true;
      try {
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      } finally {
        external = false;
      }
    };
    replaceRef.current = replace;
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      changes.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = undefined;
      replaceRef.current = undefined;
    };
  }, []);

  const statusRef = useRef(status);
  statusRef.current = status;

  // Follow the canvas. Runs when the compiled spec changes (never on a status change alone, so a
  // rejected edit is not wiped the moment it is rejected). Text the person is typing is kept; otherwise
  // the canvas wins, and any earlier rejected edit is replaced by what the canvas now says.
  useEffect(() => {
    const editor = editorRef.current;
    const replace = replaceRef.current;
    const model = editor?.getModel();
    if (!editor || !replace || !model || props.spec === undefined) return;
    if (statusRef.current.kind !== 'in-sync' && editor.hasTextFocus()) return;
    if (!textMatchesSpec(model.getValue(), props.spec)) replace(jsonFileText(props.spec));
    if (statusRef.current.kind !== 'in-sync') {
      setupMonaco().editor.setModelMarkers(model, MARKER_OWNER, []);
      setStatus({ kind: 'in-sync' });
    }
  }, [props.spec]);

  // While the text says what the canvas says, underline the design's problems where they are.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const monaco = setupMonaco();
    const inStep = status.kind === 'in-sync' && textMatchesSpec(model.getValue(), props.spec);
    monaco.editor.setModelMarkers(
      model,
      DESIGN_MARKER_OWNER,
      inStep ? toMarkers(monaco, model, props.diagnostics) : [],
    );
  }, [props.diagnostics, props.spec, status.kind]);

  return (
    <div className="sc-json" data-testid="json-view">
      <div className="sc-json__bar">
        <h2 className="sc-panel__title sc-json__title">Spec JSON</h2>
        <StatusLine
          status={status}
          errorCount={props.diagnostics.filter((d) => d.severity === 'error').length}
        />
      </div>
      <div ref={host} className="sc-json__editor" />
      {status.kind === 'rejected' ? (
        <section className="sc-json__rejected" aria-label="Why the JSON was not applied">
          <ul>
            {status.diagnostics.slice(0, 5).map((d) => (
              <li key={`${d.code}|${d.pointer}|${d.message}`}>
                <strong>{d.code}</strong> <code>{d.pointer || '/'}</code> {d.message}
              </li>
            ))}
          </ul>
          {status.diagnostics.length > 5 ? <p>…and {status.diagnostics.length - 5} more.</p> : null}
        </section>
      ) : null}
    </div>
  );
}

function StatusLine(props: { status: SyncStatus; errorCount: number }) {
  const { status } = props;
  let text: string;
  let tone: 'ok' | 'busy' | 'bad';
  switch (status.kind) {
    case 'in-sync':
      text =
        props.errorCount > 0
          ? `In step with the canvas · ${props.errorCount} problem(s)`
          : 'In step with the canvas';
      tone = 'ok';
      break;
    case 'editing':
      text = 'Editing…';
      tone = 'busy';
      break;
    case 'rejected':
      text = `Not applied: ${status.diagnostics.length} problem(s). The canvas keeps its last valid state.`;
      tone = 'bad';
      break;
  }
  return (
    <p className={`sc-json__status sc-json__status--${tone}`} role="status" data-testid="json-status">
      {text}
    </p>
  );
}
