import type { NodeOf } from '../../graph/types';
import { Checkbox, CheckGroup } from '../controls';
import { useNodeEdit } from '../hooks';

/** The entity's indexes: each a set of fields, optionally unique. */
export function IndexList(props: { node: NodeOf<'entity'> }) {
  const { node } = props;
  const d = node.data;
  const edit = useNodeEdit(node);
  const indexes = d.indexes ?? [];
  const fieldNames = d.fields.map((f) => f.name);
  const set = (next: typeof indexes, control: string) => {
    const { indexes: _old, ...rest } = d;
    edit(next.length === 0 ? rest : { ...rest, indexes: next }, control);
  };
  return (
    <div className="sc-index-list">
      {indexes.length === 0 ? (
        <p className="sc-field__hint">No indexes. Add one for fields the app searches by.</p>
      ) : null}
      {indexes.map((index, i) => (
        <div key={i} className="sc-index-list__item">
          <CheckGroup
            legend={`Index ${i + 1} fields`}
            options={fieldNames}
            value={index.fields}
            onChange={(fields) =>
              set(
                indexes.map((x, j) => (j === i ? { ...x, fields } : x)),
                `index${i}`,
              )
            }
          />
          <Checkbox
            label="Unique"
            checked={index.unique === true}
            onChange={(u) =>
              set(
                indexes.map((x, j) => (j === i ? { fields: x.fields, ...(u && { unique: true }) } : x)),
                `index${i}u`,
              )
            }
          />
          <button
            type="button"
            className="sc-button sc-button--small"
            onClick={() =>
              set(
                indexes.filter((_, j) => j !== i),
                'index-remove',
              )
            }
          >
            Remove index {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="sc-button"
        onClick={() => set([...indexes, { fields: [fieldNames[0] ?? d.key] }], 'index-add')}
      >
        Add index
      </button>
    </div>
  );
}
