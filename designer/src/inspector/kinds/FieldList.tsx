import { useState } from 'react';
import { uniqueName } from '../../graph/names';
import type { FieldDraft, NodeOf } from '../../graph/types';
import { useDesigner } from '../../store/context';
import { DraftNameInput } from '../controls';
import { useEntityNames, useNodeEdit } from '../hooks';
import { nameProblem } from '../validation';
import { FieldDetails } from './FieldEditor';

/** The entity's field list: add, rename, retype, reorder and remove fields; expand one for details. */
export function FieldList(props: { node: NodeOf<'entity'> }) {
  const { node } = props;
  const edit = useNodeEdit(node);
  const dispatch = useDesigner((s) => s.dispatch);
  const entities = useEntityNames();
  const [open, setOpen] = useState<number | undefined>(undefined);
  const fields = node.data.fields;
  const setFields = (next: FieldDraft[], control: string) => edit({ ...node.data, fields: next }, control);
  const names = fields.map((f) => f.name);

  return (
    <div className="sc-field-list">
      <ol className="sc-field-list__items">
        {fields.map((field, i) => {
          const others = new Set(names.filter((_, j) => j !== i));
          return (
            <li key={i} className="sc-field-list__item">
              <div className="sc-field-list__row">
                <DraftNameInput
                  label={`Field ${i + 1} name`}
                  value={field.name}
                  problem={(name) => nameProblem(name, others)}
                  onCommit={(name) =>
                    dispatch(
                      { type: 'renameField', id: node.id, index: i, to: name },
                      { mergeKey: `${node.id}:field${i}:name` },
                    )
                  }
                />
                <span className="sc-field-list__type">{field.type}</span>
                <button
                  type="button"
                  className="sc-button sc-button--small"
                  aria-expanded={open === i}
                  onClick={() => setOpen(open === i ? undefined : i)}
                >
                  {open === i ? 'Less' : 'More'}
                  <span className="sc-visually-hidden"> about field {field.name}</span>
                </button>
                <button
                  type="button"
                  className="sc-button sc-button--small"
                  disabled={i === 0}
                  onClick={() => setFields(swap(fields, i, i - 1), 'order')}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="sc-visually-hidden">Move field {field.name} up</span>
                </button>
                <button
                  type="button"
                  className="sc-button sc-button--small"
                  disabled={fields.length === 1}
                  onClick={() =>
                    setFields(
                      fields.filter((_, j) => j !== i),
                      'remove',
                    )
                  }
                >
                  <span aria-hidden="true">✕</span>
                  <span className="sc-visually-hidden">Remove field {field.name}</span>
                </button>
              </div>
              {open === i ? (
                <FieldDetails
                  field={field}
                  entities={entities}
                  onChange={(f, control) =>
                    setFields(
                      fields.map((x, j) => (j === i ? f : x)),
                      `field${i}:${control}`,
                    )
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="sc-button"
        onClick={() => {
          setFields([...fields, { name: uniqueName(new Set(names), 'field'), type: 'string' }], 'add');
          setOpen(fields.length);
        }}
      >
        Add field
      </button>
    </div>
  );
}

function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const copy = [...list];
  [copy[a], copy[b]] = [copy[b]!, copy[a]!];
  return copy;
}
