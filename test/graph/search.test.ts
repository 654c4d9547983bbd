import { useGraphFixture } from './graph-fixture';

const SEARCH = `query ($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    score match type
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
    // one word: every hit contains it; those with it in their name (or statement) come first
    expect(hits.map((h: { match: string }) => h.match)).toEqual(['PHRASE', 'PHRASE', 'PHRASE']);
    expect(hits[2].entity.id).toBe('project:t-graph-origin');
  });

  describe('ranking', () => {
    // Lucene alone ranks "Contextual Vantish" (one rare word, three times) above the exact name.
    const RANKING = `
      CREATE (:Project {id: 'project:t-graph-s-exact', name: 'Quorbel Vantish', summary: 'A model.', status: 'active', sourceIds: [], sourceNotes: []})
      CREATE (:Project {id: 'project:t-graph-s-one', name: 'Contextual Vantish', summary: 'Vantish, vantish and vantish.', status: 'active', sourceIds: [], sourceNotes: []})
      CREATE (:Project {id: 'project:t-graph-s-all', name: 'Vantish for Quorbel families', summary: 'Other.', status: 'active', sourceIds: [], sourceNotes: []})
      CREATE (:Theme {id: 'theme:t-graph-s-phrase', name: 'Graph test practice', kind: 'topic', summary: 'The quorbel vantish way.', sourceIds: [], sourceNotes: []})`;
    beforeAll(async () => {
      await kit.db.write(RANKING);
      await kit.db.write('CALL db.awaitIndexes(60)');
    });

    it('ranks an exact name first, then the phrase, then all the words, then any word', async () => {
      const result = await kit.run(`{ search(text: "Quorbel Vantish") { match entity { ... on Project { id } ... on Theme { id } } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.search).toEqual([
        { match: 'EXACT', entity: { id: 'project:t-graph-s-exact' } },
        { match: 'PHRASE', entity: { id: 'theme:t-graph-s-phrase' } },
        { match: 'ALL_WORDS', entity: { id: 'project:t-graph-s-all' } },
        { match: 'ANY_WORD', entity: { id: 'project:t-graph-s-one' } },
      ]);
    });

    it('ranks "Family Safeguarding" projects above "Contextual Safeguarding" on the seeded graph', async () => {
      const result = await kit.run(`{ search(text: "Family Safeguarding", types: [PROJECT], first: 100) { match entity { ... on Project { name } } } }`);
      expect(result.errors).toBeUndefined();
      const names: string[] = result.data?.search.map((hit: { entity: { name: string } }) => hit.entity.name);
      const family = names.map((name, i) => (/family safeguarding/i.test(name) ? i : -1)).filter((i) => i >= 0);
      const contextual = names.map((name, i) => (/contextual safeguarding/i.test(name) ? i : -1)).filter((i) => i >= 0);
      expect(family.length).toBeGreaterThan(0);
      expect(contextual.length).toBeGreaterThan(0);
      expect(Math.max(...family)).toBeLessThan(Math.min(...contextual));
    });

    it('selects `summary` across every member of the union in one selection', async () => {
      const result = await kit.run(`{ search(text: "Quorbel Vantish zyzzyva") { entity {
        ... on Project { summary } ... on Theme { summary } ... on Organisation { summary } ... on Programme { summary } ... on FundingRound { summary }
      } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.search.map((hit: { entity: { summary?: string } }) => hit.entity.summary)).toContain('The quorbel vantish way.');
    });
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
