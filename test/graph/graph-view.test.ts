import { useGraphFixture } from './graph-fixture';

const NEIGHBOURHOOD = `query ($id: ID!, $depth: Int, $types: [String!], $limit: Int) {
  neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    nodes { id type label properties }
    edges { id source target type properties }
    truncated
  }
}`;

const PATHS = `query ($from: ID!, $to: ID!, $maxLength: Int, $types: [String!], $limit: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, types: $types, limit: $limit) {
    nodes { id type label }
    edges { id source target type }
    truncated
  }
}`;

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const sortedIds = (items: { id: string }[]) => ids(items).sort();

describe('neighbourhood', () => {
  const kit = useGraphFixture();

  it('returns the entity, its neighbours nearest first, and every edge between them, each once', async () => {
    const result = await kit.run(NEIGHBOURHOOD, { id: 'council:t-graph-a' });
    expect(result.errors).toBeUndefined();
    const view = result.data?.neighbourhood;
    expect(ids(view.nodes)).toEqual(['council:t-graph-a', 'project:t-graph-origin', 'project:t-graph-spread', 'region:t-graph-north']);
    expect(view.nodes[0]).toEqual({
      id: 'council:t-graph-a', type: 'Council', label: 'Graph Test Alpha Council',
      properties: { id: 'council:t-graph-a', name: 'Graph Test Alpha Council', gssCode: 'TGA', type: 'county',
        sourceIds: ['source:t-graph-doc'], sourceNotes: ['p. 5'] },
    });
    expect(sortedIds(view.edges)).toEqual([
      'council:t-graph-a-ADOPTS-project:t-graph-spread',
      'council:t-graph-a-IN_REGION-region:t-graph-north',
      'council:t-graph-a-LEADS-project:t-graph-origin',
      'project:t-graph-spread-SPREADS-project:t-graph-origin',
    ]);
    expect(view.edges.find((e: { type: string }) => e.type === 'ADOPTS')).toEqual({
      id: 'council:t-graph-a-ADOPTS-project:t-graph-spread', source: 'council:t-graph-a', target: 'project:t-graph-spread',
      type: 'ADOPTS', properties: { year: 2019, round: 'round:t-graph-2', sourceIds: ['source:t-graph-doc'], sourceNotes: ['p. 21'] },
    });
    expect(view.truncated).toBe(false);
  });

  it('follows only the allow-listed types asked for, to the depth asked for', async () => {
    const result = await kit.run(NEIGHBOURHOOD, { id: 'council:t-graph-a', depth: 3, types: ['LEADS', 'SCALES'] });
    expect(result.errors).toBeUndefined();
    const view = result.data?.neighbourhood;
    // A leads Origin; Scale scales Origin; at three hops B leads Scale and Grandchild scales it.
    expect(ids(view.nodes)).toEqual([
      'council:t-graph-a', 'project:t-graph-origin', 'project:t-graph-scale', 'council:t-graph-b', 'project:t-graph-grandchild',
    ]);
    expect(sortedIds(view.edges)).toEqual([
      'council:t-graph-a-LEADS-project:t-graph-origin',
      'council:t-graph-b-LEADS-project:t-graph-scale',
      'project:t-graph-grandchild-SCALES-project:t-graph-scale',
      'project:t-graph-scale-SCALES-project:t-graph-origin',
    ]);
  });

  it('keeps the nearest nodes within the limit and says it truncated', async () => {
    const result = await kit.run(NEIGHBOURHOOD, { id: 'council:t-graph-a', depth: 2, limit: 2 });
    const view = result.data?.neighbourhood;
    expect(ids(view.nodes)).toEqual(['council:t-graph-a', 'project:t-graph-origin']);
    expect(ids(view.edges)).toEqual(['council:t-graph-a-LEADS-project:t-graph-origin']);
    expect(view.truncated).toBe(true);
  });

  it('rejects depth above 3, limit above 1000 and unknown relationship types; NOT_FOUND for an unknown id', async () => {
    for (const variables of [{ depth: 4 }, { limit: 1001 }, { types: ['LEADS', 'DROP'] }]) {
      const result = await kit.run(NEIGHBOURHOOD, { id: 'council:t-graph-a', ...variables });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    for (const id of ['council:t-graph-none', 'nonsense']) {
      const result = await kit.run(NEIGHBOURHOOD, { id });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id });
    }
  });

  it('runs exactly one statement', async () => {
    const statements = await kit.countStatements(NEIGHBOURHOOD, { id: 'council:t-graph-a', depth: 3 });
    expect(statements).toHaveLength(1);
  });
});

describe('paths', () => {
  const kit = useGraphFixture();

  it('combines every shortest path between a person and a council into one view', async () => {
    const result = await kit.run(PATHS, { from: 'person:t-graph-minister', to: 'council:t-graph-a' });
    expect(result.errors).toBeUndefined();
    const view = result.data?.paths;
    // Two paths of three hops: via round one and Origin, and via Scale and Origin.
    expect(ids(view.nodes).slice(0, 2)).toEqual(['person:t-graph-minister', 'council:t-graph-a']);
    expect(sortedIds(view.nodes)).toEqual([
      'council:t-graph-a', 'person:t-graph-minister', 'project:t-graph-origin', 'project:t-graph-scale', 'round:t-graph-1',
    ]);
    expect(sortedIds(view.edges)).toEqual([
      'council:t-graph-a-LEADS-project:t-graph-origin',
      'person:t-graph-minister-ANNOUNCED-project:t-graph-scale',
      'person:t-graph-minister-ANNOUNCED-round:t-graph-1',
      'project:t-graph-origin-FUNDED_IN-round:t-graph-1',
      'project:t-graph-scale-SCALES-project:t-graph-origin',
    ]);
    expect(view.truncated).toBe(false);
  });

  it('honours types, limit and maxLength', async () => {
    const typed = await kit.run(PATHS, { from: 'person:t-graph-minister', to: 'council:t-graph-a', types: ['ANNOUNCED', 'FUNDED_IN', 'LEADS'] });
    expect(sortedIds(typed.data?.paths.nodes)).toEqual(['council:t-graph-a', 'person:t-graph-minister', 'project:t-graph-origin', 'round:t-graph-1']);
    const limited = await kit.run(PATHS, { from: 'person:t-graph-minister', to: 'council:t-graph-a', limit: 1 });
    expect(limited.data?.paths.edges).toHaveLength(3);
    expect(limited.data?.paths.truncated).toBe(true);
    const tooShort = await kit.run(PATHS, { from: 'person:t-graph-minister', to: 'council:t-graph-a', maxLength: 2 });
    expect(tooShort.data?.paths).toEqual({
      nodes: [
        { id: 'person:t-graph-minister', type: 'Person', label: 'Graph Test Minister' },
        { id: 'council:t-graph-a', type: 'Council', label: 'Graph Test Alpha Council' },
      ],
      edges: [],
      truncated: false,
    });
  });

  it('rejects identical ends and maxLength above 6; NOT_FOUND names the missing end', async () => {
    const same = await kit.run(PATHS, { from: 'council:t-graph-a', to: 'council:t-graph-a' });
    expect(same.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const tooLong = await kit.run(PATHS, { from: 'person:t-graph-minister', to: 'council:t-graph-a', maxLength: 7 });
    expect(tooLong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await kit.run(PATHS, { from: 'person:t-graph-minister', to: 'council:t-graph-none' });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'council:t-graph-none' });
  });

  it('runs exactly one statement', async () => {
    const statements = await kit.countStatements(PATHS, { from: 'person:t-graph-minister', to: 'council:t-graph-a' });
    expect(statements).toHaveLength(1);
  });
});
