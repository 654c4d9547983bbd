import { useGraphFixture } from './graph-fixture';

const SEARCH = `query ($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    score type
    entity {
      __typename
      ... on Project { id name }
      ... on Theme { id name }
      ... on Finding { id statement }
    }
  }
}`;

describe('search', () => {
  const kit = useGraphFixture();

  it('finds entities of every kind by words in names, summaries and statements, best first', async () => {
    const result = await kit.run(SEARCH, { text: 'zyzzyva' });
    expect(result.errors).toBeUndefined();
    const hits = result.data?.search;
    expect(hits.map((h: { entity: { id: string } }) => h.entity.id).sort()).toEqual([
      'finding:t-graph-1', 'project:t-graph-origin', 'theme:t-graph-teens',
    ]);
    expect(hits.find((h: { type: string }) => h.type === 'THEME')).toMatchObject({
      entity: { __typename: 'Theme', id: 'theme:t-graph-teens', name: 'Graph test zyzzyva teenagers' },
    });
    const scores = hits.map((h: { score: number }) => h.score);
    expect(scores.every((s: number) => s > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('restricts hits to the types asked for and to `first`', async () => {
    const themes = await kit.run(SEARCH, { text: 'zyzzyva', types: ['THEME', 'FINDING'] });
    expect(themes.data?.search.map((h: { entity: { id: string } }) => h.entity.id).sort()).toEqual(['finding:t-graph-1', 'theme:t-graph-teens']);
    const one = await kit.run(SEARCH, { text: 'zyzzyva', first: 1 });
    expect(one.data?.search).toHaveLength(1);
  });

  it('takes quotes, brackets and operators literally instead of failing', async () => {
    for (const text of ['"', 'AND (', 'zyzzyva AND (', 'title:zyzzyva', '\\', 'zyzzyva"~2', '*', 'OR', '-zyzzyva']) {
      const result = await kit.run(SEARCH, { text });
      expect({ text, errors: result.errors }).toEqual({ text, errors: undefined });
      expect(Array.isArray(result.data?.search)).toBe(true);
    }
    const quoted = await kit.run(SEARCH, { text: '"zyzzyva' });
    expect(quoted.data?.search.map((h: { entity: { id: string } }) => h.entity.id)).toContain('theme:t-graph-teens');
  });

  it('rejects blank text and first above 100 with BAD_USER_INPUT', async () => {
    for (const variables of [{ text: '' }, { text: '   ' }, { text: 'zyzzyva', first: 101 }]) {
      const result = await kit.run(SEARCH, variables);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('runs one statement', async () => {
    expect(await kit.countStatements(SEARCH, { text: 'zyzzyva' })).toHaveLength(1);
  });
});
