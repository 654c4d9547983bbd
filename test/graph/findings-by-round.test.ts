import { useGraphFixture } from './graph-fixture';

const FINDINGS = `query ($round: Int!, $direction: String, $outcomeArea: String, $themeId: ID) {
  findingsByRound(round: $round, direction: $direction, outcomeArea: $outcomeArea, themeId: $themeId) { id }
}`;

const ids = async (kit: ReturnType<typeof useGraphFixture>, variables: Record<string, unknown>) => {
  const result = await kit.run(FINDINGS, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.findingsByRound.map((f: { id: string }) => f.id);
};

describe('findingsByRound', () => {
  const kit = useGraphFixture();

  it('returns the findings of the evaluations of a round\'s projects', async () => {
    expect(await ids(kit, { round: 901 })).toEqual(['finding:t-graph-1', 'finding:t-graph-2']);
    expect(await ids(kit, { round: 902 })).toEqual(['finding:t-graph-3']);
  });

  it('filters by direction, outcome area and theme', async () => {
    expect(await ids(kit, { round: 901, direction: 'mixed' })).toEqual(['finding:t-graph-2']);
    expect(await ids(kit, { round: 901, outcomeArea: 'graph-test-care' })).toEqual(['finding:t-graph-1']);
    expect(await ids(kit, { round: 901, themeId: 'theme:t-graph-teens' })).toEqual(['finding:t-graph-1']);
    expect(await ids(kit, { round: 902, themeId: 'theme:t-graph-teens' })).toEqual([]);
  });

  it('runs one statement', async () => {
    expect(await kit.countStatements(FINDINGS, { round: 901 })).toHaveLength(1);
  });
});
