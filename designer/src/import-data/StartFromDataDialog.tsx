import type { Entity } from '@syncraft/runtime/spec';
import { useMemo, useState } from 'react';
import { Dialog } from '../app/Dialog';
import { POSTGRES_TABLES_QUERY } from './from-tables';
import { type DataKind, readDataFile } from './read-data';
import type { TableShape } from './shape';
import { entitiesFromShapes } from './to-entities';
import './start-from-data.css';

type ReadFile =
  | { fileName: string; kind: DataKind; shapes: TableShape[] }
  | { fileName: string; error: string };

const KIND_LABEL: Record<DataKind, string> = {
  csv: 'CSV',
  'json-samples': 'sample records',
  openapi: 'OpenAPI schemas',
  'postgres-tables': 'PostgreSQL tables',
};

const PSQL_COMMAND = `psql "$DATABASE_URL" -At -c '${POSTGRES_TABLES_QUERY.replace(/\s+/g, ' ').replace(/'/g, "'\\''")}' > tables.json`;

/**
 * "Start from data": pick sample files (CSV, JSON records), an OpenAPI document or the description
 * of a PostgreSQL schema; see the entities, keys, relations and conflict rules proposed for them;
 * add them to the drawing in one step. Test ids: `data-files`, `data-preview`, `data-add`.
 */
export function StartFromDataDialog(props: {
  open: boolean;
  onClose: () => void;
  /** Entity names already drawn: new ones never reuse them, and references may point at them. */
  existing: ReadonlySet<string>;
  onAdd: (entities: Entity[]) => void;
}) {
  const [files, setFiles] = useState<ReadFile[]>([]);
  const shapes = useMemo(() => files.flatMap((f) => ('shapes' in f ? f.shapes : [])), [files]);
  const plan = useMemo(() => entitiesFromShapes(shapes, props.existing), [shapes, props.existing]);
  const close = () => {
    setFiles([]);
    props.onClose();
  };

  return (
    <Dialog
      open={props.open}
      title="Start from data"
      onClose={close}
      testId="start-from-data"
      wide
      footer={
        <>
          <button type="button" className="sc-button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="sc-button sc-button--primary"
            data-testid="data-add"
            disabled={plan.entities.length === 0}
            onClick={() => {
              props.onAdd(plan.entities);
              close();
            }}
          >
            {plan.entities.length === 1 ? 'Add 1 entity' : `Add ${plan.entities.length} entities`}
          </button>
        </>
      }
    >
      <p className="sc-data__intro">
        Choose one or more files: CSV exports with a header row, JSON sample records, an OpenAPI document
        (JSON), or the description of a PostgreSQL schema. Each table becomes an entity; you can change
        everything afterwards.
      </p>
      <label className="sc-data__pick">
        <span>Data files</span>
        <input
          type="file"
          multiple
          accept=".csv,.tsv,.json,text/csv,application/json"
          data-testid="data-files"
          onChange={async (event) => {
            const picked = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            const read = await Promise.all(
              picked.map(async (file): Promise<ReadFile> => {
                try {
                  return { fileName: file.name, ...readDataFile(file.name, await file.text()) };
                } catch (error) {
                  return {
                    fileName: file.name,
                    error: error instanceof Error ? error.message : String(error),
                  };
                }
              }),
            );
            setFiles((before) => [
              ...before.filter((f) => !read.some((r) => r.fileName === f.fileName)),
              ...read,
            ]);
          }}
        />
      </label>
      <details className="sc-data__postgres">
        <summary>From a PostgreSQL database</summary>
        <p>
          Run this command (or ask your database administrator to), then choose the <code>tables.json</code>{' '}
          it writes. It reads the schema only — tables, columns, keys — never your data.
        </p>
        <pre className="sc-data__command" data-testid="data-postgres-command">
          {PSQL_COMMAND}
        </pre>
        <button
          type="button"
          className="sc-button"
          onClick={() => void navigator.clipboard?.writeText(PSQL_COMMAND)}
        >
          Copy command
        </button>
      </details>
      {files.length > 0 && (
        <ul className="sc-data__files" aria-label="Files read">
          {files.map((f) =>
            'error' in f ? (
              <li key={f.fileName} className="sc-data__file sc-data__file--error" role="alert">
                {f.error}
              </li>
            ) : (
              <li key={f.fileName} className="sc-data__file">
                {f.fileName}: {KIND_LABEL[f.kind]}, {f.shapes.length}{' '}
                {f.shapes.length === 1 ? 'table' : 'tables'}
              </li>
            ),
          )}
        </ul>
      )}
      {plan.entities.length > 0 && (
        <section aria-label="Proposed entities" data-testid="data-preview" className="sc-data__preview">
          {plan.entities.map((entity) => (
            <article key={entity.name} className="sc-data__entity" data-testid={`data-entity-${entity.name}`}>
              <h3>{entity.name}</h3>
              <ul>
                {entity.fields.map((field) => (
                  <li key={field.name}>
                    <span className="sc-data__field">{field.name}</span>{' '}
                    <span className="sc-data__type">
                      {field.type === 'reference' ? `→ ${field.entity}` : field.type}
                    </span>
                    {field.name === entity.key && <span className="sc-data__badge">key</span>}
                    {field.conflict && (
                      <span className="sc-data__badge">merges by {field.conflict.strategy}</span>
                    )}
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </section>
      )}
      {plan.notes.length > 0 && (
        <details className="sc-data__notes">
          <summary>What was decided ({plan.notes.length})</summary>
          <ul>
            {plan.notes.map((n) => (
              <li key={`${n.entity}: ${n.message}`}>
                {n.entity}: {n.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Dialog>
  );
}
