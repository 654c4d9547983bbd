import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Absolute path of `relative` inside the repository, found by walking up from this file, so that
 * it works from src/ (ts-jest) and from dist/src/ (compiled) alike.
 */
export function repoPath(relative: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'neo4j-launcher'))) {
      return path.join(dir, relative);
    }
  }
  throw new Error(`repository root not found above ${__dirname}`);
}
