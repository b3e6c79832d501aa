import { type Request, type RequestHandler, type Response, Router } from 'express';
import { requireUser } from '../auth/user';
import { parseSandboxEdit, type SandboxEdits } from './edits';
import { isSandboxId } from './ids';
import type { SandboxService } from './service';

function sandboxId(req: Request): string {
  const id = req.params.id;
  return typeof id === 'string' && isSandboxId(id) ? id : '';
}

/**
 * The sandbox routes, mounted at `/api`: `POST /sandboxes` (a builder creates one from a draft
 * spec), `GET` and `DELETE /sandboxes/{id}`, `POST /sandboxes/{id}/tokens` (device tokens for
 * simulated people), `POST` and `GET /sandboxes/{id}/records` (the server's own edits and
 * records with the conflict count, for seeding and the server view). Only the creator may use a sandbox; the sync endpoints serve it at
 * `/api/apps/{id}/sync/…` with its device tokens.
 */
export function sandboxRouter(
  sandboxes: SandboxService,
  edits: SandboxEdits,
  authenticate: RequestHandler,
): Router {
  const router = Router();
  const actor = (res: Response) => requireUser(res);
  router.post('/sandboxes', authenticate, async (req, res) => {
    const sandbox = await sandboxes.create(actor(res), req.body);
    res.status(201).location(`/api/sandboxes/${sandbox.id}`).json(sandbox);
  });
  router.get('/sandboxes/:id', authenticate, async (req, res) => {
    res.json(await sandboxes.get(actor(res), sandboxId(req)));
  });
  router.delete('/sandboxes/:id', authenticate, async (req, res) => {
    await sandboxes.remove(actor(res), sandboxId(req));
    res.status(204).end();
  });
  router.post('/sandboxes/:id/tokens', authenticate, async (req, res) => {
    res.status(201).json({ tokens: await sandboxes.issueTokens(actor(res), sandboxId(req), req.body) });
  });
  router.post('/sandboxes/:id/records', authenticate, async (req, res) => {
    const row = await sandboxes.owned(actor(res), sandboxId(req));
    res.json(await edits.apply(row, parseSandboxEdit(req.body)));
  });
  router.get('/sandboxes/:id/records', authenticate, async (req, res) => {
    const row = await sandboxes.owned(actor(res), sandboxId(req));
    res.json({ records: await edits.records(row, 1000), conflicts: await edits.conflictCount(row) });
  });
  return router;
}
