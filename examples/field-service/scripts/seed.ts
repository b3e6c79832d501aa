/**
 * Publishes templates/field-service.json and creates sample sites and jobs on a running server.
 *
 *   SYNCRAFT_SERVER=http://localhost:4310 ADMIN=<token> REVIEWER=<token> DISPATCHER=<token> \
 *     pnpm --filter @syncraft/example-field-service seed
 *
 * The tokens are the ones `SYNCRAFT_DEV_TOKENS=1` prints (dev-admin, dev-reviewer, dev-dispatcher).
 * Jobs go to dev-technician (or the ids in TECHNICIANS, comma separated).
 */
import { readFileSync } from 'node:fs';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { sampleRecords, seedServer } from './server-setup';

const need = (name: string): string => {
  const value = process.env[name];
  if (!value)
    throw new Error(`set ${name} (a token printed by the server started with SYNCRAFT_DEV_TOKENS=1)`);
  return value;
};

const baseUrl = process.env.SYNCRAFT_SERVER ?? 'http://localhost:4310';
const spec = JSON.parse(
  readFileSync(new URL('../../../templates/field-service.json', import.meta.url), 'utf8'),
) as SyncSpec;
const technicians = (process.env.TECHNICIANS ?? 'dev-technician').split(',').map((t) => t.trim());
const records = sampleRecords(technicians);
const tokens = { author: need('ADMIN'), reviewer: need('REVIEWER'), dispatcher: need('DISPATCHER') };
const hash = await seedServer(baseUrl, spec, tokens, records);
console.log(`created ${records.length} sites and jobs for ${technicians.join(', ')}`);
console.log(`published field-service ${spec.app.version} (${hash.slice(0, 12)})`);
