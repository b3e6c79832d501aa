import { instant, int, type JsonSchema, listOf, object, oneOfText, recordValues, ref, str } from './json';

/** The manual-conflict endpoints: `GET /sync/conflicts` and `POST /sync/conflicts/{id}/resolve`. */
export const conflictSchemas: Readonly<Record<string, JsonSchema>> = {
  Conflict: object(
    {
      id: str(),
      entity: str(),
      key: str(),
      fields: listOf({ type: 'string' }, 'The conflicting fields.'),
      status: oneOfText(['open', 'resolved']),
      createdAt: instant(),
      base: recordValues('What the edit started from.'),
      server: recordValues('What the server held: the other side’s edit.'),
      client: recordValues('What the device wrote.'),
      interim: recordValues('What the record shows until a person decides.'),
    },
    {
      prompt: str('The question the spec’s manual rule asks.'),
      resolvedAt: instant(),
      resolvedBy: str(),
      resolution: recordValues('The value kept for each conflicting field.'),
    },
    'A manual conflict as the API shows it.',
  ),
  ConflictPage: object(
    { conflicts: listOf(ref('Conflict')) },
    { nextCursor: str('Absent on the last page.') },
    'One page of conflicts, oldest first.',
  ),
  ResolveRequest: object({
    values: recordValues('The value to keep for every conflicting field.'),
  }),
  ResolveAnswer: object(
    { conflict: ref('Conflict'), version: int('The record’s version carrying the decision.') },
    {},
    'The settled conflict.',
  ),
};
