// The floor of the HTTP push benchmark: the least a server can do with a push batch. One Express
// route parses the JSON body and inserts every operation with one cached, prepared multi-row
// INSERT into SQLite (better-sqlite3, WAL, one transaction per batch). Prints its URL when ready.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import express from 'express';

interface FloorOperation {
  readonly id: string;
  readonly entity: string;
  readonly key: string;
  readonly changes: unknown;
}

const dir = mkdtempSync(join(tmpdir(), 'syncraft-floor-'));
const db = new Database(join(dir, 'floor.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec(
  'CREATE TABLE records (entity TEXT NOT NULL, record_key TEXT NOT NULL, op_id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (entity, record_key))',
);
const statements = new Map<number, Database.Statement>();
const insertOf = (rows: number) => {
  let statement = statements.get(rows);
  if (!statement) {
    statement = db.prepare(
      `INSERT INTO records (entity, record_key, op_id, data) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?)').join(', ')}`,
    );
    statements.set(rows, statement);
  }
  return statement;
};
const insert = db.transaction((operations: readonly FloorOperation[]) => {
  insertOf(operations.length).run(
    operations.flatMap((op) => [op.entity, op.key, op.id, JSON.stringify(op.changes)]),
  );
});

const app = express();
app.use(express.json({ limit: '5mb' }));
app.post('/push', (req, res) => {
  const operations = (req.body as { operations: FloorOperation[] }).operations;
  insert(operations);
  res.json({ results: operations.map((op) => ({ opId: op.id, status: 'applied', version: 1 })) });
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  console.log(`floor listening on http://127.0.0.1:${port}`);
});
// The benchmark stops the floor with SIGTERM: leave no database behind.
process.once('SIGTERM', () => {
  server.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
