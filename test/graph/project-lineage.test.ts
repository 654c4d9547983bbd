import { useGraphFixture } from './graph-fixture';

/** Generations reduced to "depth: project<-parent" strings (fixture prefix dropped). */
function shape(generations: { depth: number; steps: { project: { id: string }; parent: { id: string } | null }[] }[]) {
  const short = (id: string) => id.replace('project:t-graph-', '');
  return generations.map((g) => ({ depth: g.depth, steps: g.steps.map((s) => `${short(s.project.id)}<-${s.parent ? short(s.parent.id) : '∅'}`) }));
}

const STEPS = 'depth steps { project { id } parent { id } }';
const FIXTURE_PROJECTS = ['ancestor', 'origin', 'scale', 'spread', 'grandchild', 'unrelated'].map((name) => `"project:t-graph-${name}"`).join(', ');
const MINE = `where: { id: { in: [${FIXTURE_PROJECTS}] } }`;

/** The fixture's projects (every name starts "Graph "), each with its lineage in the given shape. */
const PROJECTS_WITH_LINEAGE = (first: number, lineageArgs: string) => `{
  projects(first: ${first}, ${MINE}, orderBy: [{ field: NAME }]) {
    edges { node { id lineage${lineageArgs} { ${STEPS} } } }
  }
}`;

describe('Project.lineage', () => {
  const kit = useGraphFixture();

  it('gives each project of a list its own lineage, as the top-level lineage query does', async () => {
    const result = await kit.run(PROJECTS_WITH_LINEAGE(10, '(direction: BOTH, maxDepth: 1)'));
    expect(result.errors).toBeUndefined();
    const byId = Object.fromEntries(result.data?.projects.edges.map((e: { node: { id: string; lineage: [] } }) => [e.node.id, shape(e.node.lineage)]));
    expect(Object.keys(byId)).toHaveLength(6);
    expect(byId['project:t-graph-origin']).toEqual([
      { depth: -1, steps: ['ancestor<-∅'] },
      { depth: 0, steps: ['origin<-ancestor'] },
      { depth: 1, steps: ['scale<-origin', 'spread<-origin'] },
    ]);
    expect(byId['project:t-graph-grandchild']).toEqual([
      { depth: -1, steps: ['scale<-∅'] },
      { depth: 0, steps: ['grandchild<-scale'] },
    ]);
    expect(byId['project:t-graph-unrelated']).toEqual([{ depth: 0, steps: ['unrelated<-∅'] }]);

    const alone = await kit.run(`query ($id: ID!) { lineage(projectId: $id, direction: BOTH, maxDepth: 1) { ${STEPS} } }`, { id: 'project:t-graph-origin' });
    expect(shape(alone.data?.lineage)).toEqual(byId['project:t-graph-origin']);
  });

  it('defaults to descendants, five generations deep, with adopters and findings at each step', async () => {
    const result = await kit.run(`{ project(id: "project:t-graph-origin") { lineage {
      depth steps { project { id } parent { id } mode year adoptingCouncils { council { id } round { number } } findings { id } }
    } } }`);
    expect(result.errors).toBeUndefined();
    const generations = result.data?.project.lineage;
    expect(shape(generations)).toEqual([
      { depth: 0, steps: ['origin<-∅'] },
      { depth: 1, steps: ['scale<-origin', 'spread<-origin'] },
      { depth: 2, steps: ['grandchild<-scale'] },
    ]);
    expect(generations[1].steps[0]).toMatchObject({
      mode: 'scale', year: 2017,
      adoptingCouncils: [{ council: { id: 'council:t-graph-c' }, round: { number: 902 } }],
      findings: [{ id: 'finding:t-graph-3' }],
    });
  });

  it('runs one lineage statement per argument set for 1 or 6 projects (a DataLoader keyed by project id)', async () => {
    for (const first of [1, 6]) {
      const statements = await kit.countStatements(PROJECTS_WITH_LINEAGE(first, '(direction: ANCESTORS, maxDepth: 3)'));
      // projects, then every project's lineage at once
      expect(statements).toHaveLength(2);
      expect(statements[1]).toContain('UNWIND $projectIds AS projectId');
    }
    const twoShapes = await kit.countStatements(`{ projects(${MINE}) { edges { node {
      up: lineage(direction: ANCESTORS) { depth }
      down: lineage(direction: DESCENDANTS) { depth }
      again: lineage(direction: ANCESTORS) { depth }
    } } } }`);
    expect(twoShapes).toHaveLength(3);
  });

  it('runs one statement per nesting level when lineages nest (lineage of the projects in a lineage)', async () => {
    const query = `{ project(id: "project:t-graph-scale") { lineage(direction: BOTH) { steps { project { id lineage(direction: DESCENDANTS, maxDepth: 1) { depth steps { project { id } } } } } } } }`;
    const statements = await kit.countStatements(query);
    // project by id, its lineage, the lineages of the 4 projects in it
    expect(statements).toHaveLength(3);
    const result = await kit.run(query);
    const steps = result.data?.project.lineage.flatMap((g: { steps: unknown[] }) => g.steps);
    const spreadOfOrigin = steps.find((s: { project: { id: string } }) => s.project.id === 'project:t-graph-origin');
    expect(spreadOfOrigin.project.lineage.map((g: { steps: { project: { id: string } }[] }) => g.steps.map((s) => s.project.id))).toEqual([
      ['project:t-graph-origin'],
      ['project:t-graph-scale', 'project:t-graph-spread'],
    ]);
  });

  it('refuses maxDepth above 10 with BAD_USER_INPUT', async () => {
    const result = await kit.run('{ project(id: "project:t-graph-origin") { lineage(maxDepth: 11) { depth } } }');
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
