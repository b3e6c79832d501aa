import type { SyncSpec } from '@syncraft/runtime/spec';
import { useRef } from 'react';
import { type ReadSpecResult, readSpecFile } from './read-spec';

/** A failed import, shown by {@link ImportErrorDialog}. */
export type ImportFailure = Extract<ReadSpecResult, { ok: false }>;

/**
 * "Import" button: opens the file picker for a `.json` spec, validates it, then hands over the spec
 * or the reasons it was refused. Test ids: `import-button`, `import-input` (the hidden file input).
 */
export function ImportButton(props: {
  /** Receives the validated spec and the name of the file it came from. */
  onSpec: (spec: SyncSpec, fileName: string) => void;
  onFailure: (failure: ImportFailure) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="sc-button"
        data-testid="import-button"
        title="Import a spec file (.json)"
        onClick={() => input.current?.click()}
      >
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Spec file to import"
        data-testid="import-input"
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          // Reset so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          if (!file) return;
          const result = await readSpecFile(file);
          if (result.ok) props.onSpec(result.spec, file.name);
          else props.onFailure(result);
        }}
      />
    </>
  );
}
