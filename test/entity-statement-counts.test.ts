import { useEntityFixture } from './helpers/entity-fixture';

const TAG = 'tcount';
const MINE = `name: { startsWith: "${TAG} " }`;

/**
 * Issue 4 "Performance rules": relationship fields resolve through per-request DataLoaders, so a
 * nested query runs one statement per field per nesting level whatever the number of parents.
 * Issue 12: under a root connection page, relationship list fields (to any depth, not under a
 * `...Connection` field) fold into the page's own statement. Each query runs for 3 and for 30
 * projects and must run the same, exact number of statements.
 */
describe('statement counts of nested queries (no N+1)', () => {
  const fixture = useEntityFixture(TAG);

  async function countStatements(query: string): Promise<{ count: number; data: Record<string, any> }> {
    const statements: string[] = [];
    const stop = fixture.db().onStatement((cypher) => statements.push(cypher));
    try {
      const result = await fixture.run(query);
      expect(result.errors).toBeUndefined();
      return { count: statements.length, data: result.data as Record<string, any> };
    } finally {
      stop();
    }
  }

  it('projects with lead councils (and their regions), themes and findings: 1 statement for 3 or 30 projects', async () => {
    const query = (first: number) => `{ projects(first: ${first}, where: { ${MINE} }) { edges { node { id
      leadCouncils { id region { name } } themes { id } findings { id direction }
    } } } }`;
    const small = await countStatements(query(3));
    const large = await countStatements(query(30));
    expect(large.data.projects.edges).toHaveLength(30);
    expect(large.data.projects.edges[29].node.findings).toEqual([{ id: `finding:${TAG}-30`, direction: 'negative' }]);
    // one statement: leadCouncils, region, themes and findings folded into the page
    expect(small.count).toBe(1);
    expect(large.count).toBe(1);
  });

  it('edges with sources at three levels: one statement per connection, one for all sources (cached after)', async () => {
    const query = (first: number) => `{ projects(first: ${first}, where: { ${MINE} }) { totalCount edges { node {
      sources { note }
      leadCouncilsConnection { edges { sources { note } node { name sources { note } } } }
      roundsConnection { totalCount edges { amountGbp sources { source { title } } node { number } } }
    } } } }`;
    const small = await countStatements(query(3));
    const large = await countStatements(query(30));
    expect(large.data.projects.totalCount).toBe(30);
    // projects (with its count), leadCouncilsConnection, roundsConnection (with its counts), sources once
    expect(small.count).toBe(4);
    expect(large.count).toBe(4);
  });

  it('the same relationship field with different arguments is one statement per distinct argument set', async () => {
    const query = (where: string) => `{ councils(where: ${where}) { edges { node {
      active: projectsLed(where: { status: { eq: "active" } }) { id }
      completed: projectsLed(where: { status: { eq: "completed" } }) { id adoptingCouncils { id } }
      adoptedConnection { edges { year node { originProjects { id rounds { number } } } } }
    } } } }`;
    const small = await countStatements(query(`{ id: { eq: "council:${TAG}-c3" } }`));
    const large = await countStatements(query(`{ ${MINE} }`));
    expect(large.data.councils.edges).toHaveLength(4);
    // councils (active, completed and adoptingCouncils folded in), adoptedConnection, originProjects, rounds
    expect(small.count).toBe(4);
    expect(large.count).toBe(4);
  });

  it('a page with nested lists filtered, sorted and limited per level is 1 statement, with the answer of the DataLoader path', async () => {
    const query = (fold: string) => `{ projects(first: 30, where: { ${MINE} }, orderBy: [{ field: NAME, direction: DESC }]) {
      edges { cursor node { id name
        themes(first: 1, orderBy: [{ field: NAME, direction: DESC }]) ${fold} { name }
        lead: leadCouncils(where: { region: { some: { name: { contains: "London" } } } }) ${fold} { name region { name } projectsLed(first: 2, where: { status: { eq: "completed" } }) { id } }
        ...on Project { rounds ${fold} { number } }
      } } pageInfo { hasNextPage endCursor } } }`;
    const run = async (fold: string) => {
      const statements: string[] = [];
      const stop = fixture.db().onStatement((cypher) => statements.push(cypher));
      try {
        const result = await fixture.run(query(fold));
        return { result, count: statements.length };
      } finally {
        stop();
      }
    };
    const folded = await run('');
    const loaded = await run('@include(if: true)');
    expect(folded.result.errors).toBeUndefined();
    expect(folded.count).toBe(1);
    expect(loaded.count).toBeGreaterThan(1);
    expect(folded.result.data).toEqual(loaded.result.data);
    const edges = (folded.result.data as Record<string, any>).projects.edges;
    expect(edges[0].node.themes).toHaveLength(1);
    expect(edges[0].node.rounds).toEqual([{ number: 2 }]);
  });

  it('a lookup by id with nested lists is 1 statement, with the answer of the DataLoader path', async () => {
    const query = (fold: string) => `{ council(id: "council:${TAG}-c3") { name
      projectsLed ${fold} { id rounds { number } } adopted ${fold} { id rounds { number } } region ${fold} { name } } }`;
    const run = async (fold: string) => {
      const statements: string[] = [];
      const stop = fixture.db().onStatement((cypher) => statements.push(cypher));
      try {
        return { result: await fixture.run(query(fold)), count: statements.length };
      } finally {
        stop();
      }
    };
    const folded = await run('');
    const loaded = await run('@include(if: true)');
    expect(folded.result.errors).toBeUndefined();
    expect(folded.count).toBe(1);
    // council by id, projectsLed, adopted, region, then rounds (batched per list as they resolve)
    expect(loaded.count).toBeGreaterThanOrEqual(5);
    expect(folded.result.data).toEqual(loaded.result.data);
    expect((folded.result.data as Record<string, any>).council.adopted).toEqual([{ id: `project:${TAG}-20`, rounds: [{ number: 2 }] }]);
  });
});
