import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/** Where the reviewer's console lives in the designer's build (a second page of the same build). */
export const CONSOLE_PATH = '/console';

/**
 * Serves the designer's built files from `dir` at `/`, with a fallback to `index.html` for the
 * single-page app's own routes, and the reviewer's console (`console/index.html`, same build, same
 * headers) at `/console/` with its own fallback. Returns undefined when `dir` has no `index.html`
 * (not built yet).
 */
export function designerRouter(dir: string): Router | undefined {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return undefined;
  const consoleIndex = join(dir, 'console', 'index.html');
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
    const inConsole = req.path === CONSOLE_PATH || req.path.startsWith(`${CONSOLE_PATH}/`);
    res.sendFile(inConsole && existsSync(consoleIndex) ? consoleIndex : index);
  };
  router.use(fallback);
  return router;
}
