import path from 'node:path';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { builtBundle, NOT_BUILT_MESSAGE } from '../explorer/front-end-dist';
import { setPageCsp } from '../explorer/page-csp';

/** True for a request a browser makes to open a page: GET, no operation, HTML preferred to JSON. */
export function wantsIdePage(req: Request): boolean {
  return req.method === 'GET' && req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
}

/**
 * The offline GraphQL IDE (GraphiQL, bundled by explorer/build.js): a browser that opens
 * `/graphql` gets its page, with assets under `/graphql-ide/`; every other request (POST, GET
 * with a query, JSON clients) goes on to Apollo unchanged. Mount before the GraphQL handler.
 * Switched off with GRAPHQL_IDE=false (then browsers get Apollo's plain answer to a GET without
 * a query, as API clients do).
 */
export function graphqlIde(): Router {
  const router = Router();
  const dir = builtBundle('graphql-ide');
  router.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (!wantsIdePage(req)) {
      next();
      return;
    }
    setPageCsp(res);
    res.setHeader('Vary', 'Accept');
    if (!dir) {
      res.status(503).type('text/plain').send(NOT_BUILT_MESSAGE);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  });
  if (dir) router.use('/graphql-ide', express.static(dir, { index: false, fallthrough: false, maxAge: '5m' }));
  return router;
}
