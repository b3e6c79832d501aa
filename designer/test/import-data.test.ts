import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compiler';
import type { DesignerDocument } from '../src/graph/types';
import { addEntitiesToDocument } from '../src/import-data/add-to-document';
import { POSTGRES_TABLES_QUERY } from '../src/import-data/from-tables';
import { readDataFile } from '../src/import-data/read-data';
import { entityNameFrom, fieldNameFrom } from '../src/import-data/shape';
import { entitiesFromShapes } from '../src/import-data/to-entities';
import { blankDocument } from '../src/store/blank';

const jobsCsv = [
  'id,site id,title,status,partsCount,due date,notes',
  'j1,s1,Fix pump,open,0,2026-05-01T08:00:00Z,',
  'j2,s1,Check valve,in-progress,2,2026-05-02,"Bring the long ladder, and gloves"',
  'j3,s2,Replace filter,done,1,2026-05-03T10:30:00+02:00,',
  'j4,s2,Inspect,open,0,2026-05-04,',
  'j5,s1,Paint,done,3,2026-05-05,',
  'j6,s2,Sweep,in-progress,0,2026-05-06,',
].join('\n');

const sitesJson = JSON.stringify([
  { id: 's1', name: 'North depot', postcode: '0042', tags: ['water'], active: true, lat: 59.91 },
  { id: 's2', name: 'South depot', postcode: '0150', tags: [], active: false, lat: 59.88 },
]);

/** The drawing with the imported entities and a role that reads and writes them: it must compile. */
function compileWithRole(doc: DesignerDocument) {
  const entities = doc.nodes.filter((n) => n.kind === 'entity');
  const role = {
    id: 'role-worker',
    kind: 'role' as const,
    position: { x: 0, y: 0 },
    data: { name: 'worker' },
  };
  return compile({
    ...doc,
    nodes: [...doc.nodes, role],
    edges: [
      ...doc.edges,
      ...entities.map((e) => ({
        id: `permission-${e.id}`,
        kind: 'permission' as const,
        source: role.id,
        target: e.id,
        data: { actions: ['read' as const, 'create' as const, 'update' as const] },
      })),
    ],
  });
}

describe('start from data', () => {
  it('names fields and entities validly, saying what it renamed', () => {
    expect(fieldNameFrom('due date')).toBe('dueDate');
    expect(fieldNameFrom('order-id')).toBe('orderId');
    expect(fieldNameFrom('title')).toBe('title');
    expect(fieldNameFrom('2nd visit')).toBe('f2ndVisit');
    expect(entityNameFrom('work_orders.csv')).toBe('WorkOrder');
    expect(entityNameFrom('Categories')).toBe('Category');
    expect(entityNameFrom('WorkOrder')).toBe('WorkOrder');
    expect(entityNameFrom('addresses.json')).toBe('Address');
  });

  it('a CSV and a JSON sample become two related entities with rules that fit their types', () => {
    const shapes = [
      ...readDataFile('sites.json', sitesJson).shapes,
      ...readDataFile('jobs.csv', jobsCsv).shapes,
    ];
    const plan = entitiesFromShapes(shapes, new Set());
    const [site, job] = plan.entities;
    expect(site!.name).toBe('Site');
    expect(site!.key).toBe('id');
    expect(Object.fromEntries(site!.fields.map((f) => [f.name, f.type]))).toEqual({
      id: 'string',
      name: 'string',
      postcode: 'string', // leading zeros: text, not a number
      tags: 'string-set',
      active: 'boolean',
      lat: 'number',
    });
    expect(site!.fields.find((f) => f.name === 'tags')!.conflict).toEqual({ strategy: 'set-union' });

    expect(job!.name).toBe('Job');
    const byName = Object.fromEntries(job!.fields.map((f) => [f.name, f]));
    expect(byName.siteId).toMatchObject({ type: 'reference', entity: 'Site', required: true });
    expect(byName.status).toMatchObject({
      type: 'enum',
      values: ['open', 'in-progress', 'done'],
      conflict: { strategy: 'enum-precedence', order: ['done', 'in-progress', 'open'] },
    });
    expect(byName.partsCount).toMatchObject({ type: 'counter', conflict: { strategy: 'counter' } });
    expect(byName.dueDate!.type).toBe('datetime');
    expect(byName.notes).toEqual({ name: 'notes', type: 'string' });
    expect(job!.relations).toEqual([
      { name: 'site', kind: 'many-to-one', entity: 'Site', field: 'siteId', onDelete: 'restrict' },
    ]);
    expect(plan.notes.map((n) => n.message)).toContain('column “site id” is the field “siteId”');

    const doc = addEntitiesToDocument(blankDocument(), plan.entities);
    const result = compileWithRole(doc);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.spec?.entities.map((e) => e.name)).toEqual(['Site', 'Job']);
    expect(result.spec?.entities[1]?.sync.priority).toBe('normal');
  });

  it('adds a key when nothing identifies a record, and never reuses an entity name', () => {
    const { shapes } = readDataFile('readings.json', JSON.stringify([{ value: 1.5 }, { value: 2.5 }]));
    const plan = entitiesFromShapes(shapes, new Set(['Reading']));
    expect(plan.entities[0]!.name).toBe('Reading2');
    expect(plan.entities[0]!.key).toBe('id');
    expect(plan.entities[0]!.fields[0]).toEqual({ name: 'id', type: 'string', required: true });
    expect(plan.notes.some((n) => n.message.startsWith('no column identifies a record'))).toBe(true);
  });

  it('relates new entities to ones already drawn', () => {
    const base = addEntitiesToDocument(
      blankDocument(),
      entitiesFromShapes(readDataFile('sites.json', sitesJson).shapes, new Set()).entities,
    );
    const visits = JSON.stringify([{ id: 'v1', siteId: 's1', minutes: 30 }]);
    const plan = entitiesFromShapes(readDataFile('visits.json', visits).shapes, new Set(['Site']));
    const doc = addEntitiesToDocument(base, plan.entities);
    const site = doc.nodes.find((n) => n.kind === 'entity' && n.data.name === 'Site')!;
    const relation = doc.edges.find((e) => e.kind === 'relation');
    expect(relation?.target).toBe(site.id);
    expect(compileWithRole(doc).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads the schemas of an OpenAPI document', () => {
    const openapi = {
      openapi: '3.1.0',
      info: { title: 'Inspections', version: '1' },
      paths: {},
      components: {
        schemas: {
          Asset: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string' }, label: { type: 'string' } },
          },
          Inspection: {
            type: 'object',
            description: 'One visit to an asset.',
            required: ['id', 'assetId', 'result'],
            properties: {
              id: { type: 'integer' },
              assetId: { type: 'string' },
              result: { type: 'string', enum: ['pass', 'fail'] },
              inspectedAt: { type: 'string', format: 'date-time' },
              photos: { type: 'array', items: { type: 'string' } },
              readings: { type: 'object' },
              address: { $ref: '#/components/schemas/Address' },
            },
          },
          Error: { type: 'string' },
        },
      },
    };
    const read = readDataFile('api.json', JSON.stringify(openapi));
    expect(read.kind).toBe('openapi');
    const plan = entitiesFromShapes(read.shapes, new Set());
    const inspection = plan.entities.find((e) => e.name === 'Inspection')!;
    expect(inspection.description).toBe('One visit to an asset.');
    expect(inspection.key).toBe('id');
    expect(Object.fromEntries(inspection.fields.map((f) => [f.name, f.type]))).toEqual({
      id: 'integer',
      assetId: 'reference',
      result: 'enum',
      inspectedAt: 'datetime',
      photos: 'string-set',
      readings: 'json',
      address: 'json',
    });
    const doc = addEntitiesToDocument(blankDocument(), plan.entities);
    expect(compileWithRole(doc).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('says what is wrong with a file it cannot read', () => {
    expect(() => readDataFile('notes.txt', 'hello')).toThrow(/neither CSV nor JSON/);
    expect(() => readDataFile('api.yaml', 'openapi: 3.0.0\ninfo: {}')).toThrow(/save it as JSON/);
    expect(() => readDataFile('empty.json', '[1, 2]')).toThrow(/holds no records/);
    expect(() => readDataFile('bad.csv', 'a,b\n"1,2\n')).toThrow(/bad\.csv, row/);
  });
});

describe('start from a PostgreSQL database (real PostgreSQL)', () => {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  });
  const schema = `import_data_${process.pid}`;
  let tables: unknown;

  beforeAll(async () => {
    await client.connect();
    await client.query(
      `drop schema if exists ${schema} cascade; create schema ${schema}; set search_path to ${schema}`,
    );
    await client.query(`
      create type job_status as enum ('open', 'in_progress', 'done');
      create table sites (id uuid primary key, name varchar(200) not null, notes text);
      create table jobs (
        job_no integer primary key,
        site uuid not null references sites(id),
        status job_status not null default 'open',
        tags text[],
        payload jsonb,
        due timestamptz,
        cost numeric
      );
      create table job_parts (job_no integer references jobs(job_no), part text, primary key (job_no, part));
    `);
    tables = (await client.query(POSTGRES_TABLES_QUERY)).rows[0].coalesce;
  });
  afterAll(async () => {
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  it('turns tables, primary and foreign keys and enum types into entities and relations', () => {
    const read = readDataFile('tables.json', JSON.stringify(tables));
    expect(read.kind).toBe('postgres-tables');
    const plan = entitiesFromShapes(read.shapes, new Set());
    expect(plan.entities.map((e) => e.name)).toEqual(['JobPart', 'Job', 'Site']);
    const job = plan.entities.find((e) => e.name === 'Job')!;
    expect(job.key).toBe('job_no');
    const fields = Object.fromEntries(job.fields.map((f) => [f.name, f]));
    expect(fields.site).toMatchObject({ type: 'reference', entity: 'Site', required: true });
    expect(fields.status).toMatchObject({ type: 'enum', values: ['open', 'in_progress', 'done'] });
    expect(fields.tags!.type).toBe('string-set');
    expect(fields.payload!.type).toBe('json');
    expect(fields.due!.type).toBe('datetime');
    expect(fields.cost!.type).toBe('number');
    expect(job.relations?.[0]).toMatchObject({ kind: 'many-to-one', entity: 'Site', field: 'site' });
    // A composite primary key has no single field to be the key: one is added.
    const part = plan.entities.find((e) => e.name === 'JobPart')!;
    expect(part.key).toBe('id');
    expect(part.relations?.[0]).toMatchObject({ entity: 'Job', field: 'job_no' });
    const doc = addEntitiesToDocument(blankDocument(), plan.entities);
    expect(compileWithRole(doc).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
