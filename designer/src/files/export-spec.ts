import type { SyncSpec } from '@syncraft/runtime/spec';

/** Any JSON value as file text: two-space indented, ending with a newline. */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The spec as a file's text, as `syncraft validate` and the server read it. */
export function specFileText(spec: SyncSpec): string {
  return jsonFileText(spec);
}

/** A safe file name from the app id, e.g. `field-service.sync.json`. */
export function specFileName(spec: SyncSpec, extension = '.sync.json'): string {
  const base = spec.app.id.replace(/[^a-zA-Z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'app';
  return `${base}${extension}`;
}

/**
 * Offers text as a download. Uses an object URL on a temporary link: no server round trip, works offline.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download synchronously; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
