import path from 'node:path';
import express, { Router } from 'express';
import { builtBundle, NOT_BUILT_MESSAGE } from './front-end-dist';
import { setPageCsp } from './page-csp';

/**
 * The explorer at `/explore`: its page for `/explore` and `/explore/` (whatever the query string,
 * which carries the view state) and its built assets under `/explore/`. Only files that
 * `npm run build:explorer` wrote are served; without them the page says how to build them.
 */
export function serveExplorer(): Router {
  const router = Router();
  const dir = builtBundle('explore');
  router.get(['/explore', '/explore/', '/explore/index.html'], (_req, res) => {
    setPageCsp(res);
    if (!dir) {
      res.status(503).type('text/plain').send(NOT_BUILT_MESSAGE);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  });
  if (dir) router.use('/explore', express.static(dir, { index: false, fallthrough: false, maxAge: '5m' }));
  return router;
}
