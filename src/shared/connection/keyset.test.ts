import { CypherParams } from '../cypher-params';
import { entityModel } from '../model/entity-models';
import { decodeCursor, encodeCursor } from './cursor';
import { keysetPredicate, resolveSortKeys, reverseSortKeys } from './keyset';

describe('keyset pagination', () => {
  it('maps orderBy through the model and appends the id as the last key', () => {
    expect(resolveSortKeys(entityModel('Project'), [{ field: 'grantGbp', direction: 'DESC' }])).toEqual([
      { property: 'grantGbp', direction: 'DESC' },
      { property: 'id', direction: 'ASC' },
    ]);
    expect(resolveSortKeys(entityModel('FundingRound'), null).map((k) => k.property)).toEqual(['number', 'startDate', 'id']);
    expect(() => resolveSortKeys(entityModel('Project'), [{ field: 'secret' }])).toThrow(TypeError);
  });

  it('builds "strictly after" from the cursor values, handling a missing value by direction', () => {
    const keys = resolveSortKeys(entityModel('Project'), [{ field: 'startDate', direction: 'ASC' }]);
    const params = new CypherParams();
    expect(keysetPredicate(keys, ['2014', 'project:a'], 'n', params)).toBe(
      '(((n.startDate > $p0 OR n.startDate IS NULL)) OR (n.startDate = $p1 AND (n.id > $p2 OR n.id IS NULL)))',
    );
    // a missing start date sorts last ascending: only later ids among the missing ones follow it
    expect(keysetPredicate(keys, [null, 'project:a'], 'n', new CypherParams())).toBe('((n.startDate IS NULL AND (n.id > $p0 OR n.id IS NULL)))');
    // descending (reading backwards) puts missing values first: every present value follows a missing one
    expect(keysetPredicate(reverseSortKeys(keys), [null, 'project:a'], 'n', new CypherParams())).toBe(
      '((n.startDate IS NOT NULL) OR (n.startDate IS NULL AND n.id < $p0))',
    );
  });

  it('round-trips cursors and rejects foreign ones with BAD_USER_INPUT', () => {
    const cursor = encodeCursor({ keys: ['name ASC', 'id ASC'], values: ['A', 'project:a'] });
    expect(decodeCursor(cursor, ['name ASC', 'id ASC'], 'after')).toEqual(['A', 'project:a']);
    expect(() => decodeCursor(cursor, ['grantGbp ASC', 'id ASC'], 'after')).toThrow(/sort order/);
    expect(() => decodeCursor('bm9wZQ', ['name ASC', 'id ASC'], 'after')).toThrow(/not a cursor/);
  });
});
