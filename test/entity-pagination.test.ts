import { useEntityFixture } from './helpers/entity-fixture';

const TAG = 'tpage';
const MINE = `{ name: { startsWith: "${TAG} " } }`;

/** Pages of this file's projects; returns the project numbers ("01") of the edges and the page info. */
const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String, $orderBy: [ProjectOrder!]) {
  projects(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: ${MINE}) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

type Page = { numbers: string[]; pageInfo: Record<string, unknown>; cursors: string[] };

describe('entity connections: keyset pagination', () => {
  const fixture = useEntityFixture(TAG);

  async function page(variables: Record<string, unknown>): Promise<Page> {
    const result = await fixture.run(PAGE, variables);
    expect(result.errors).toBeUndefined();
    const edges = result.data?.projects.edges as { cursor: string; node: { id: string } }[];
    return {
      numbers: edges.map((edge) => edge.node.id.slice(`project:${TAG}-`.length)),
      cursors: edges.map((edge) => edge.cursor),
      pageInfo: result.data?.projects.pageInfo,
    };
  }

  it('pages forward by name with first/after until the end', async () => {
    const first = await page({ first: 12 });
    expect(first.numbers).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.cursors[0], endCursor: first.cursors[11] });
    const second = await page({ first: 12, after: first.pageInfo.endCursor });
    expect(second.numbers).toEqual(['13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24']);
    const third = await page({ first: 12, after: second.pageInfo.endCursor });
    expect(third.numbers).toEqual(['25', '26', '27', '28', '29', '30']);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages backward with last/before', async () => {
    const last = await page({ last: 4 });
    expect(last.numbers).toEqual(['27', '28', '29', '30']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await page({ last: 4, before: last.pageInfo.startCursor });
    expect(before.numbers).toEqual(['23', '24', '25', '26']);
    const start = await page({ last: 30, before: (await page({ first: 3 })).cursors[2] });
    expect(start.numbers).toEqual(['01', '02']);
    expect(start.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('keeps a cursor stable when a node is inserted before it (keyset, not offset)', async () => {
    const first = await page({ first: 5 });
    await fixture.db().write(`CREATE (:Project {id: $id, name: $name, summary: 'x', status: 'active', sourceIds: [], sourceNotes: []})`, {
      id: `project:${TAG}-00`, name: `${TAG} Project 00`,
    });
    try {
      const next = await page({ first: 5, after: first.pageInfo.endCursor });
      expect(next.numbers).toEqual(['06', '07', '08', '09', '10']);
      expect((await page({ first: 2 })).numbers).toEqual(['00', '01']);
    } finally {
      await fixture.db().write('MATCH (p:Project {id: $id}) DETACH DELETE p', { id: `project:${TAG}-00` });
    }
  });

  it('sorts on several fields, missing values last ascending and first descending, and pages through them', async () => {
    const orderBy = [{ field: 'START_DATE', direction: 'DESC' }, { field: 'GRANT_GBP', direction: 'ASC' }];
    const all = await page({ first: 30, orderBy });
    // start dates: none (21-30) first under DESC, then 2016-03 (11-20), then 2014 (1-10); grant ascending, none last
    expect(all.numbers).toEqual([
      '21', '22', '23', '24', '26', '27', '28', '29', '25', '30',
      '11', '12', '13', '14', '16', '17', '18', '19', '15', '20',
      '01', '02', '03', '04', '06', '07', '08', '09', '05', '10',
    ]);
    const pages: string[] = [];
    let after: unknown = null;
    for (let i = 0; i < 10; i += 1) {
      const next = await page({ first: 7, after, orderBy });
      pages.push(...next.numbers);
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(pages).toEqual(all.numbers);
    const backwards: string[] = [];
    let before: unknown = null;
    for (let i = 0; i < 10; i += 1) {
      const previous = await page({ last: 4, before, orderBy });
      backwards.unshift(...previous.numbers);
      if (!previous.pageInfo.hasPreviousPage) break;
      before = previous.pageInfo.startCursor;
    }
    expect(backwards).toEqual(all.numbers);
  });

  it('rejects first or last above 100 with BAD_USER_INPUT', async () => {
    for (const query of [`{ projects(first: 101) { edges { cursor } } }`, `{ projects(last: 500) { edges { cursor } } }`]) {
      const result = await fixture.run(query);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/must not be greater than 100/);
    }
    const nested = await fixture.run(`{ councils(first: 1) { edges { node { projectsLed(first: 1000) { id } } } } }`);
    expect(nested.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a cursor that is not ours, or made for another sort order', async () => {
    const garbage = await fixture.run(`{ projects(after: "not-a-cursor") { edges { cursor } } }`);
    expect(garbage.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const cursor = (await page({ first: 1 })).cursors[0];
    const other = await fixture.run(PAGE, { first: 1, after: cursor, orderBy: [{ field: 'GRANT_GBP' }] });
    expect(other.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].message).toMatch(/sort order/);
  });

  it('computes totalCount under the filter, and only when it is selected', async () => {
    const statements: string[] = [];
    const stop = fixture.db().onStatement((cypher) => statements.push(cypher));
    const counted = await fixture.run(`{ projects(first: 2, where: { AND: [${MINE}, { status: { eq: "active" } }] }) { totalCount edges { cursor } } }`);
    const uncounted = await fixture.run(`{ projects(first: 2, where: ${MINE}) { ...page } } fragment page on ProjectConnection { edges { cursor } }`);
    const viaFragment = await fixture.run(`{ projects(first: 2, where: ${MINE}) { ...page } } fragment page on ProjectConnection { totalCount }`);
    stop();
    expect(counted.data?.projects.totalCount).toBe(15);
    expect(uncounted.errors).toBeUndefined();
    expect(viaFragment.data?.projects.totalCount).toBe(30);
    expect(statements.map((s) => s.includes('count(*) AS totalCount'))).toEqual([true, false, true]);
  });
});
