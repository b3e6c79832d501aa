import type { EntityData, FieldDraft } from '../../graph/types';
import { sameJson } from '../../monaco/same-json';
import type { Mark } from './canvas-diff';

/** Per field name of one entity card on the overlaid drawing: added, removed (ghosted) or changed. */
export type FieldMarks = ReadonlyMap<string, Mark>;

/**
 * The fields an entity card shows on the overlaid drawing, and how each differs: the candidate's
 * fields, with the ones the published version had and the candidate no longer has put back where
 * they were (after the field they followed there, else first) so the card draws them ghosted.
 * A field is changed when its type, required flag or settings differ (its own conflict rule is a
 * card of its own, marked there). Fields are matched by name, as the diff matches them.
 *
 * @example
 * overlayFields(published, candidate).marks; // Map { 'notes' => 'removed', 'priority' => 'added' }
 */
export function overlayFields(
  published: EntityData,
  candidate: EntityData,
): { fields: FieldDraft[]; marks: Map<string, Mark> } {
  const before = new Map(published.fields.map((f) => [f.name, f]));
  const after = new Set(candidate.fields.map((f) => f.name));
  const marks = new Map<string, Mark>();
  for (const field of candidate.fields) {
    const old = before.get(field.name);
    if (old === undefined) marks.set(field.name, 'added');
    else if (!sameJson(old, field)) marks.set(field.name, 'changed');
  }

  const fields = [...candidate.fields];
  let previous: string | undefined;
  for (const field of published.fields) {
    if (!after.has(field.name)) {
      marks.set(field.name, 'removed');
      const at = previous === undefined ? 0 : fields.findIndex((f) => f.name === previous) + 1;
      fields.splice(at, 0, field);
    }
    previous = field.name;
  }
  return { fields, marks };
}
