/** The first 12 hex digits of a version hash, as the CLI prints it. */
export const shortHash = (hash: string) => hash.slice(0, 12);

/** A time as the reader's locale writes it, with the ISO text for a title. */
export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** "1 change", "3 changes". */
export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
