import { spawnSync } from 'node:child_process';
import { repoPath } from '../../src/shared/repo-path';

describe('the explorer\'s generated GraphQL types (explorer/src/gql/)', () => {
  it('are what GraphQL Code Generator makes now from schema/schema.graphql and the .graphql operations (else: npm run codegen)', () => {
    const check = spawnSync(process.execPath, [repoPath('explorer/codegen-check.js')], { cwd: repoPath('.'), encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(JSON.parse(check.stdout)).toEqual([]);
    expect(check.status).toBe(0);
  });
});
