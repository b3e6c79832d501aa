import { WriteError } from '@syncraft/runtime';

/** A refused local write in words a person can act on (the runtime names the field). */
export function explainWrite(error: unknown): string {
  if (error instanceof WriteError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
