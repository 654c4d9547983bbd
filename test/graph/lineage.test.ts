import { findLineage } from '../../src/graph/lineage/lineage.repository';
import { LineageDirection } from '../../src/graph/lineage/lineage-direction.enum';
import { useGraphFixture } from './graph-fixture';

const LINEAGE = `query ($id: ID!, $direction: LineageDirection, $maxDepth: Int) {
  lineage(projectId: $id, direction: $direction, maxDepth: $maxDepth) {
    depth
    steps {
      depth mode year
      project { id }
      parent { id }
      adoptingCouncils { council { id name } year round { id number } sources { note } }
      findings { id direction }
      sources { note source { id } }
    }
  }
}`;

/** Generations reduced to "depth: project<-parent" strings, for compact assertions. */
function shape(generations: { depth: number; steps: { project: { id: string }; parent: { id: string } | null }[] }[]) {
  return generations.map((g) => ({
    depth: g.depth,
    steps: g.steps.map((s) => `${s.project.id.replace('project:t-graph-', '')}<-${s.parent?.id.replace('project:t-graph-', '') ?? '∅'}`),
  }));
}

describe('lineage', () => {
  const kit = useGraphFixture();

  it('returns the descendants of a project as generations with mode, year, adopters, findings and sources', async () => {
    const result = await kit.run(LINEAGE, { id: 'project:t-graph-origin' });
    expect(result.errors).toBeUndefined();
    const generations = result.data?.lineage;
    expect(shape(generations)).toEqual([
      { depth: 0, steps: ['origin<-∅'] },
      { depth: 1, steps: ['scale<-origin', 'spread<-origin'] },
      { depth: 2, steps: ['grandchild<-scale'] },
    ]);
    const [root] = generations[0].steps;
    expect(root).toMatchObject({ mode: null, year: null, sources: [], adoptingCouncils: [] });
    expect(root.findings).toEqual([
      { id: 'finding:t-graph-1', direction: 'positive' },
      { id: 'finding:t-graph-2', direction: 'mixed' },
    ]);
    const [scale, spread] = generations[1].steps;
    expect(scale).toMatchObject({
      depth: 1, mode: 'scale', year: 2017,
      sources: [{ note: 'p. 14', source: { id: 'source:t-graph-doc' } }],
      adoptingCouncils: [{ council: { id: 'council:t-graph-c', name: 'Graph Test Gamma Council' }, year: 2018,
        round: { id: 'round:t-graph-2', number: 902 }, sources: [{ note: 'p. 20' }] }],
      findings: [{ id: 'finding:t-graph-3', direction: 'emerging' }],
    });
    expect(spread).toMatchObject({ mode: 'spread', year: 2018, findings: [] });
    expect(spread.adoptingCouncils.map((a: { council: { id: string } }) => a.council.id)).toEqual(['council:t-graph-a']);
  });

  it('follows ancestors with negative depths, oldest first, and parents pointing further back', async () => {
    const result = await kit.run(LINEAGE, { id: 'project:t-graph-scale', direction: 'ANCESTORS' });
    expect(result.errors).toBeUndefined();
    expect(shape(result.data?.lineage)).toEqual([
      { depth: -2, steps: ['ancestor<-∅'] },
      { depth: -1, steps: ['origin<-ancestor'] },
      { depth: 0, steps: ['scale<-origin'] },
    ]);
  });

  it('follows both directions and stops at maxDepth', async () => {
    const result = await kit.run(LINEAGE, { id: 'project:t-graph-origin', direction: 'BOTH', maxDepth: 1 });
    expect(result.errors).toBeUndefined();
    expect(shape(result.data?.lineage)).toEqual([
      { depth: -1, steps: ['ancestor<-∅'] },
      { depth: 0, steps: ['origin<-ancestor'] },
      { depth: 1, steps: ['scale<-origin', 'spread<-origin'] },
    ]);
  });

  it('returns only the project itself at maxDepth 0 or when nothing derives from it', async () => {
    expect(shape((await kit.run(LINEAGE, { id: 'project:t-graph-origin', maxDepth: 0 })).data?.lineage)).toEqual([
      { depth: 0, steps: ['origin<-∅'] },
    ]);
    expect(shape((await kit.run(LINEAGE, { id: 'project:t-graph-unrelated', direction: 'BOTH' })).data?.lineage)).toEqual([
      { depth: 0, steps: ['unrelated<-∅'] },
    ]);
  });

  it('rejects maxDepth above 10 with BAD_USER_INPUT, and an unknown project with NOT_FOUND', async () => {
    const tooDeep = await kit.run(LINEAGE, { id: 'project:t-graph-origin', maxDepth: 11 });
    expect(tooDeep.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await kit.run(LINEAGE, { id: 'project:t-graph-no-such' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'project:t-graph-no-such' });
  });

  it('reads the whole lineage in one statement, plus one batched statement for all sources', async () => {
    const statements = await kit.countStatements(LINEAGE, { id: 'project:t-graph-ancestor', direction: 'BOTH' });
    expect(statements).toHaveLength(2);
    expect(statements[0]).toContain('SCALES|SPREADS');
    expect(statements[1]).toContain('MATCH (n:Source {id: id})');
  });

  it('is callable as a repository function (for Project.lineage)', async () => {
    const generations = await findLineage(kit.db, 'project:t-graph-grandchild', LineageDirection.ANCESTORS, 1);
    expect(generations?.map((g) => g.steps.map((s) => [s.project.id, s.parent?.id ?? null]))).toEqual([
      [['project:t-graph-scale', null]],
      [['project:t-graph-grandchild', 'project:t-graph-scale']],
    ]);
    expect(await findLineage(kit.db, 'project:t-graph-no-such')).toBeNull();
  });
});
