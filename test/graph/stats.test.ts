import { GRAPH_FIXTURE, GRAPH_FIXTURE_CLEANUP, useGraphFixture } from './graph-fixture';

type Bucket = { key: string; label: string; count: number; grantGbpSum: number | null };
const byKey = (buckets: Bucket[]) => Object.fromEntries(buckets.map((b) => [b.key, b]));
const BUCKET = '{ key label count grantGbpSum }';

describe('stats', () => {
  const kit = useGraphFixture();

  it('groups projects by round, theme and region with counts and grant sums', async () => {
    const result = await kit.run(`{ stats {
      projectsByRound ${BUCKET} projectsByTheme ${BUCKET} projectsByRegion ${BUCKET} councilsByRegion ${BUCKET}
    } }`);
    expect(result.errors).toBeUndefined();
    const stats = result.data?.stats;
    expect(byKey(stats.projectsByRound)['round:t-graph-1']).toEqual(
      // Origin's FUNDED_IN amount (1,000,000) and Unrelated's grant (300,000).
      { key: 'round:t-graph-1', label: 'Graph test round one', count: 2, grantGbpSum: 1300000 });
    expect(byKey(stats.projectsByRound)['round:t-graph-2']).toMatchObject({ count: 2, grantGbpSum: 650000 });
    expect(byKey(stats.projectsByTheme)['theme:t-graph-teens']).toMatchObject({ label: 'Graph test zyzzyva teenagers', count: 2, grantGbpSum: 1500000 });
    expect(byKey(stats.projectsByRegion)['region:t-graph-north']).toMatchObject({ count: 3, grantGbpSum: 1800000 });
    expect(byKey(stats.councilsByRegion)['region:t-graph-north']).toMatchObject({ count: 2, grantGbpSum: 1800000 });
  });

  it('counts councils by type and findings by direction and outcome area (the fixture adds exactly its own)', async () => {
    const query = `{ stats { councilsByType ${BUCKET} findingsByDirection ${BUCKET} findingsByOutcomeArea ${BUCKET} } }`;
    const withFixture = (await kit.run(query)).data?.stats;
    await kit.db.write(GRAPH_FIXTURE_CLEANUP);
    const without = (await kit.run(query)).data?.stats;
    await kit.db.write(GRAPH_FIXTURE);
    const delta = (field: string, key: string) =>
      (byKey(withFixture[field])[key]?.count ?? 0) - (byKey(without[field])[key]?.count ?? 0);
    expect(['county', 'unitary', 'london-borough', 'metropolitan-district'].map((k) => delta('councilsByType', k))).toEqual([1, 1, 1, 0]);
    expect(['positive', 'mixed', 'emerging', 'negative'].map((k) => delta('findingsByDirection', k))).toEqual([1, 1, 1, 0]);
    expect(byKey(withFixture.findingsByOutcomeArea)['graph-test-care']).toEqual(
      { key: 'graph-test-care', label: 'graph-test-care', count: 2, grantGbpSum: null });
  });

  it('sorts by the aggregate and takes the first n', async () => {
    const descending = (await kit.run(`{ stats { findingsByOutcomeArea(orderBy: COUNT_DESC) ${BUCKET} } }`)).data?.stats.findingsByOutcomeArea as Bucket[];
    const counts = descending.map((b) => b.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const keys = descending.map((b) => b.key);
    expect(keys.indexOf('graph-test-care')).toBeLessThan(keys.indexOf('graph-test-cost'));
    const ascending = (await kit.run(`{ stats { findingsByOutcomeArea(orderBy: COUNT_ASC) ${BUCKET} } }`)).data?.stats.findingsByOutcomeArea as Bucket[];
    expect(ascending.map((b) => b.key).indexOf('graph-test-cost')).toBeLessThan(ascending.map((b) => b.key).indexOf('graph-test-care'));
    const sums = (await kit.run(`{ stats { projectsByRound(orderBy: SUM_DESC, first: 2) ${BUCKET} } }`)).data?.stats.projectsByRound as Bucket[];
    expect(sums).toHaveLength(2);
    expect(sums[0].grantGbpSum ?? 0).toBeGreaterThanOrEqual(sums[1].grantGbpSum ?? 0);
    const bad = await kit.run(`{ stats { projectsByRound(first: 0) ${BUCKET} } }`);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('runs one statement per statistic asked for', async () => {
    const statements = await kit.countStatements(`{ stats { projectsByRound ${BUCKET} councilsByType ${BUCKET} findingsByDirection ${BUCKET} } }`);
    expect(statements).toHaveLength(3);
  });
});
