import { useEntityFixture } from './helpers/entity-fixture';

const TAG = 'tcount';
const MINE = `name: { startsWith: "${TAG} " }`;

/**
 * Issue 4 "Performance rules": relationship fields resolve through per-request DataLoaders, so a
 * nested query runs one statement per field per nesting level whatever the number of parents.
 * Each query runs for 3 and for 30 projects and must run the same, exact number of statements.
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

  it('projects with lead councils (and their regions), themes and findings: 5 statements for 3 or 30 projects', async () => {
    const query = (first: number) => `{ projects(first: ${first}, where: { ${MINE} }) { edges { node { id
      leadCouncils { id region { name } } themes { id } findings { id direction }
    } } } }`;
    const small = await countStatements(query(3));
    const large = await countStatements(query(30));
    expect(large.data.projects.edges).toHaveLength(30);
    expect(large.data.projects.edges[29].node.findings).toEqual([{ id: `finding:${TAG}-30`, direction: 'negative' }]);
    // projects, leadCouncils, region, themes, findings
    expect(small.count).toBe(5);
    expect(large.count).toBe(5);
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
    // councils, active, completed, adoptingCouncils, adoptedConnection, originProjects, rounds
    expect(small.count).toBe(7);
    expect(large.count).toBe(7);
  });
});
