import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../shared/repo-path';

/** Where `npm run build:explorer` (explorer/build.js) writes the built front end. */
export const FRONT_END_DIST = repoPath('explorer/dist');

/** The built files of one front-end bundle (`explore` or `graphql-ide`), or null when it is not built. */
export function builtBundle(name: 'explore' | 'graphql-ide'): string | null {
  const dir = path.join(FRONT_END_DIST, name);
  return existsSync(path.join(dir, 'index.html')) ? dir : null;
}

/** What a browser is told when the front end has not been built. */
export const NOT_BUILT_MESSAGE =
  'The front end is not built. Run `npm run build` (or `npm run build:explorer`) and restart the API.';
