/**
 * Pull cursors: the position in an app's change sequence, written `c<seq>` so a device cannot
 * mistake it for a number it could compute. Opaque to devices (docs/server.md, "Cursors").
 */
export function encodeCursor(seq: number): string {
  return `c${seq}`;
}

/** The position a cursor stands for, or undefined when it is not one this server writes. */
export function decodeCursor(cursor: string): number | undefined {
  const match = /^c(0|[1-9]\d{0,14})$/.exec(cursor);
  return match ? Number(match[1]) : undefined;
}
