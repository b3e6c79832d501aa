import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/**
 * Serves the designer's built files from `dir` at `/`, with a fallback to `index.html` for the
 * single-page app's own routes. Returns undefined when `dir` has no `index.html` (not built yet).
 */
export function designerRouter(dir: string): Router | undefined {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return undefined;
  const router = Router();
  router.use(express.static(dir, { index: 'index.html', maxAge: '1h', fallthrough: true }));
  const fallback: RequestHandler = (req, res, next) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path.startsWith('/api/') ||
      req.path === '/api'
    ) {
      next();
      return;
    }
    if (!req.accepts('html')) {
      next();
      return;
    }
    res.sendFile(index);
  };
  router.use(fallback);
  return router;
}
