import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_RELATION_DEPTH, resolveStep, type SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { compile, decompile } from '../src/compiler';
import { relationStart, relationTests } from '../src/inspector/condition/RelationEditor';
import {
  conditionChoices,
  type RelationModel,
  relationChoices,
  relationModel,
} from '../src/inspector/condition/relation-choices';

const template = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../templates', `${name}.json`), 'utf8')) as SyncSpec;

const brief = (model: RelationModel, entity: string) =>
  relationChoices(model, entity).map(
    (c) => `${c.kind} ${c.via ? `${c.name}/${c.via}` : c.name} → ${c.target}.${c.field}`,
  );

describe('relation choices of the condition builder', { timeout: 30_000 }, () => {
  const sharedLists = template('shared-lists');
  const lists = relationModel(decompile(sharedLists));

  it('offers a list its member and todo records, and a todo its list', () => {
    expect(brief(lists, 'List')).toEqual([
      'children members → ListMember.listId',
      'children todos → Todo.listId',
    ]);
    expect(brief(lists, 'Todo')).toEqual(['parent list → List.listId']);
  });

  it('recognises a hop spelled by entity name or reference field as the drawn relation', () => {
    const [members] = relationChoices(lists, 'List');
    expect(members?.aliases).toEqual(['ListMember/listId', 'ListMember']);
    const [list] = relationChoices(lists, 'Todo');
    expect(list?.aliases).toEqual(['listId']);
  });

  it('offers reference fields without a drawn relation, and entities that point here, with via when several fields do', () => {
    const model: RelationModel = {
      params: [],
      roles: [],
      entities: [
        { name: 'Room', fields: [{ name: 'id', type: 'string' }], relations: [] },
        {
          name: 'Message',
          fields: [
            { name: 'roomId', type: 'reference', entity: 'Room' },
            { name: 'movedFrom', type: 'reference', entity: 'Room' },
            { name: 'ghostId', type: 'reference', entity: 'Ghost' },
          ],
          relations: [],
        },
        { name: 'Member', fields: [{ name: 'roomId', type: 'reference', entity: 'Room' }], relations: [] },
      ],
    };
    expect(brief(model, 'Message')).toEqual([
      'parent roomId → Room.roomId',
      'parent movedFrom → Room.movedFrom',
    ]);
    expect(brief(model, 'Room')).toEqual([
      'children Message/roomId → Message.roomId',
      'children Message/movedFrom → Message.movedFrom',
      'children Member → Member.roomId',
    ]);
  });

  it.each(['shared-lists', 'field-service'])(
    'every hop offered for %s resolves in the spec module to the same entity and field',
    (name) => {
      const spec = template(name);
      const model = relationModel(decompile(spec));
      const draft = compile(decompile(spec)).spec;
      if (draft === undefined) throw new Error(`${name} does not compile`);
      let hops = 0;
      for (const entity of draft.entities) {
        for (const choice of relationChoices(model, entity.name)) {
          const condition =
            choice.kind === 'parent'
              ? { related: choice.name, inScope: true as const }
              : { exists: choice.name, ...(choice.via !== undefined && { via: choice.via }) };
          const resolved = resolveStep(draft, entity, condition);
          expect(resolved.ok && [resolved.step.target.name, resolved.step.field]).toEqual([
            choice.target,
            choice.field,
          ]);
          hops++;
        }
      }
      expect(hops).toBeGreaterThan(2);
    },
  );

  it('stops offering hops at the hop limit', () => {
    let level = conditionChoices(lists, 'Todo');
    const path: string[] = [];
    for (let i = 0; i < MAX_RELATION_DEPTH; i++) {
      const hop = level.relations[0];
      expect(hop).toBeDefined();
      path.push(hop?.name ?? '');
      level = level.nested(hop?.target ?? '');
    }
    expect(path).toEqual(['list', 'members', 'list']);
    expect(level.relations).toEqual([]);
    expect(level.fields.map((f) => f.name)).toEqual(['id', 'name', 'ownerId']);
  });

  it('starts a relation row on the first hop, with a comparison on the related entity', () => {
    const todo = conditionChoices(lists, 'Todo');
    expect(relationTests(todo, 'compare').map((t) => t.value)).toEqual(['related', 'in-scope']);
    expect(relationStart('related', todo)).toEqual({
      related: 'list',
      where: { field: 'id', op: 'eq', param: 'user.id' },
    });
    expect(relationStart('in-scope', todo)).toEqual({ related: 'list', inScope: true });
    expect(relationStart('exists', todo)).toBeUndefined();
    const list = conditionChoices(lists, 'List');
    expect(relationTests(list, 'compare').map((t) => t.value)).toEqual(['exists']);
    expect(relationStart('exists', list)).toEqual({ exists: 'members' });
  });
});
