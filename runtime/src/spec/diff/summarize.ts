import type { SpecChange } from './types';

const riskOrder = { high: 0, medium: 1, low: 2 } as const;

/**
 * Renders changes as text for a terminal or a review comment: a headline with counts, then one line
 * per change (breaking ones first, then by risk), each with its detail indented below.
 *
 * @example
 * console.log(summarizeDiff(diff(before, after)));
 * // 2 changes, 1 breaking
 * // ! high    Job.notes removed
 * //     Devices still hold values of this field ...
 */
export function summarizeDiff(changes: readonly SpecChange[]): string {
  if (changes.length === 0) return 'No changes.';
  const breaking = changes.filter((c) => c.breaking).length;
  const lines = [`${changes.length} change${changes.length === 1 ? '' : 's'}, ${breaking} breaking`];
  const ordered = changes
    .map((change, i) => ({ change, i }))
    .sort(
      (a, b) =>
        Number(b.change.breaking) - Number(a.change.breaking) ||
        riskOrder[a.change.risk] - riskOrder[b.change.risk] ||
        a.i - b.i,
    );
  for (const { change } of ordered) {
    lines.push(`${change.breaking ? '!' : ' '} ${change.risk.padEnd(7)} ${change.summary}`);
    if (change.detail) lines.push(`    ${change.detail}`);
  }
  return lines.join('\n');
}
