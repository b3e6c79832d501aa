/**
 * Loads Monaco with only what the JSON view needs (the editor core, its contributions and the JSON
 * language) and wires its web workers to locally bundled scripts. Imported only from the lazy JSON view,
 * so none of this is in the first page load.
 */

import { SPEC_SCHEMA_ID, specSchema } from '@syncraft/runtime/spec';
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';

/** The model URI of the spec document; the schema is attached to exactly this file. */
export const SPEC_MODEL_URI = 'inmemory://syncraft/spec.json';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

// Monaco's environment, workers and language defaults are page-wide globals by Monaco's design, so
// configuring them is a once-per-page step, not per-editor state.
let configured = false;

/** Configures workers and the spec JSON Schema once, and returns the Monaco API. */
export function setupMonaco(): typeof monaco {
  if (configured) return monaco;
  configured = true;
  self.MonacoEnvironment = {
    getWorker(_workerId, label) {
      return label === 'json' ? new JsonWorker({ name: 'json' }) : new EditorWorker({ name: label });
    },
  };
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    comments: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'error',
    schemas: [
      {
        uri: SPEC_SCHEMA_ID,
        fileMatch: [SPEC_MODEL_URI],
        // The schema object is plain data; the language service only reads it.
        schema: specSchema as unknown as Record<string, unknown>,
      },
    ],
  });
  jsonDefaults.setModeConfiguration({
    completionItems: true,
    hovers: true,
    diagnostics: true,
    documentSymbols: true,
    documentFormattingEdits: true,
    documentRangeFormattingEdits: true,
    foldingRanges: true,
    selectionRanges: true,
    tokens: true,
    colors: false,
  });
  return monaco;
}
