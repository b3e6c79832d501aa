/** Small helpers for writing TypeScript source text safely. */

/** Words that cannot name a type in TypeScript. */
const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield any boolean number string symbol ' +
    'never unknown object undefined bigint type keyof readonly infer is asserts unique await'
  ).split(' '),
);

/** A type name for `name` that is legal and not yet `taken`: `class` becomes `ClassRecord`. */
export function safeTypeName(name: string, taken: ReadonlySet<string>): string {
  let candidate =
    reserved.has(name) || taken.has(name) ? `${name.charAt(0).toUpperCase()}${name.slice(1)}Record` : name;
  for (let n = 2; taken.has(candidate) || reserved.has(candidate); n++) candidate = `${name}Record${n}`;
  return candidate;
}

/** A single-quoted string literal type, `'done'`, escaped so any text stays one literal. */
export function tsString(value: string): string {
  let out = "'";
  for (const c of value) {
    const code = c.charCodeAt(0);
    if (c === '\\' || c === "'") out += `\\${c}`;
    else if (code < 0x20 || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}'`;
}

/** A TSDoc comment for `text` (none when empty), made safe against a closing `*\/` in the text. */
export function tsDoc(text: string | undefined, indent: string): string[] {
  if (!text) return [];
  const lines = text.replace(/\*\//g, '*\\/').split(/\r?\n/);
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`.trimEnd()), `${indent} */`];
}
