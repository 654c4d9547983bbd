import { useEntityFixture } from './helpers/entity-fixture';

const TAG = 'trel';
const DOC = { title: `${TAG} Document` };

describe('relationship fields both ways, edge facts, sources, alternatives and node()', () => {
  const fixture = useEntityFixture(TAG);

  async function run(query: string) {
    const result = await fixture.run(query);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  }

  it('returns a project\'s lead councils and rounds as edges carrying the relationship\'s facts and sources', async () => {
    const data = await run(`{ project(id: "project:${TAG}-20") {
      leadCouncilsConnection { totalCount edges { node { id } sources { note source { title } } } }
      roundsConnection { edges { node { id number } amountGbp sources { note } } }
      themes { id }
      findings { id direction }
      evaluations { id }
    } }`);
    expect(data.project).toEqual({
      leadCouncilsConnection: { totalCount: 1, edges: [{ node: { id: `council:${TAG}-c2` }, sources: [{ note: 'lead of project 20', source: DOC }] }] },
      roundsConnection: { edges: [{ node: { id: `round:${TAG}-2`, number: 2 }, amountGbp: 10000, sources: [{ note: 'funding of project 20' }] }] },
      themes: [{ id: `theme:${TAG}-a` }, { id: `theme:${TAG}-b` }],
      findings: [{ id: `finding:${TAG}-20`, direction: 'negative' }],
      evaluations: [{ id: `evaluation:${TAG}-20` }],
    });
  });

  it('reads scale-and-spread and adoption both ways, with mode, year and round on the edges', async () => {
    const data = await run(`{
      origin: project(id: "project:${TAG}-01") { derivedProjectsConnection { edges { node { id } mode year sources { note } } } originProjects { id } }
      derived: project(id: "project:${TAG}-20") { originProjects { id } adoptingCouncilsConnection { edges { node { id } year round } } }
      council(id: "council:${TAG}-c3") { adoptedConnection { edges { node { id } year round sources { note source { title } } } } }
    }`);
    expect(data.origin).toEqual({
      derivedProjectsConnection: { edges: [{ node: { id: `project:${TAG}-20` }, mode: 'scale', year: 2017, sources: [{ note: 'scaling' }] }] },
      originProjects: [],
    });
    expect(data.derived).toEqual({
      originProjects: [{ id: `project:${TAG}-01` }],
      adoptingCouncilsConnection: { edges: [{ node: { id: `council:${TAG}-c3` }, year: 2017, round: `round:${TAG}-2` }] },
    });
    expect(data.council.adoptedConnection.edges).toEqual([
      { node: { id: `project:${TAG}-20` }, year: 2017, round: `round:${TAG}-2`, sources: [{ note: 'adoption', source: DOC }] },
    ]);
  });

  it('reads councils, regions, rounds, themes, evaluations and findings from both ends', async () => {
    const data = await run(`{
      region(id: "region:${TAG}-london") { councils { id region { id } } }
      council(id: "council:${TAG}-c1") { region { name } regionConnection { edges { sources { note } } } projectsLed(first: 3) { id } }
      theme(id: "theme:${TAG}-b") { projectsConnection(first: 1) { totalCount } findings { id } }
      round: fundingRound(id: "round:${TAG}-1") { projectsConnection(first: 2) { totalCount edges { node { id } amountGbp } } announcedBy { name } }
      evaluation(id: "evaluation:${TAG}-03") { projects { id } findings { id } }
      finding(id: "finding:${TAG}-03") { evaluation { id } projects { id } themes { id } }
    }`);
    expect(data.region.councils).toEqual([
      { id: `council:${TAG}-c1`, region: { id: `region:${TAG}-london` } },
      { id: `council:${TAG}-c2`, region: { id: `region:${TAG}-london` } },
    ]);
    expect(data.council).toEqual({
      region: { name: `${TAG} London` },
      regionConnection: { edges: [{ sources: [{ note: `region of ${TAG} Council 1` }] }] },
      projectsLed: [{ id: `project:${TAG}-01` }, { id: `project:${TAG}-04` }, { id: `project:${TAG}-07` }],
    });
    expect(data.theme).toEqual({ projectsConnection: { totalCount: 15 }, findings: [] });
    expect(data.round).toEqual({
      projectsConnection: { totalCount: 15, edges: [{ node: { id: `project:${TAG}-01` }, amountGbp: 500 }, { node: { id: `project:${TAG}-02` }, amountGbp: 1000 }] },
      announcedBy: [{ name: `${TAG} Minister` }],
    });
    expect(data.evaluation).toEqual({ projects: [{ id: `project:${TAG}-03` }], findings: [{ id: `finding:${TAG}-03` }] });
    expect(data.finding).toEqual({ evaluation: { id: `evaluation:${TAG}-03` }, projects: [{ id: `project:${TAG}-03` }], themes: [{ id: `theme:${TAG}-a` }] });
  });

  it('reads a person\'s roles and announcements, and an organisation\'s roles, with their facts and sources', async () => {
    const data = await run(`{
      person(id: "person:${TAG}-minister") {
        roles { title from to organisation { name } person { name } sources { note } }
        announcements { date amountGbp target { id ... on FundingRound { number } } sources { note } }
        announcedRoundsConnection { edges { node { id } date amountGbp } }
      }
      organisation(id: "org:${TAG}-dfe") { roles { title person { id } } peopleConnection { edges { title node { id } } } }
    }`);
    expect(data.person).toEqual({
      roles: [{ title: 'Minister', from: '2014', to: '2016', organisation: { name: `${TAG} DfE` }, person: { name: `${TAG} Minister` }, sources: [{ note: 'role' }] }],
      announcements: [{ date: '2014-10', amountGbp: 100, target: { id: `round:${TAG}-1`, number: 1 }, sources: [{ note: 'announcement' }] }],
      announcedRoundsConnection: { edges: [{ node: { id: `round:${TAG}-1` }, date: '2014-10', amountGbp: 100 }] },
    });
    expect(data.organisation).toEqual({
      roles: [{ title: 'Minister', person: { id: `person:${TAG}-minister` } }],
      peopleConnection: { edges: [{ title: 'Minister', node: { id: `person:${TAG}-minister` } }] },
    });
  });

  it('pages relationship connections per parent, with totalCount per parent', async () => {
    const data = await run(`{ councils(where: { name: { startsWith: "${TAG} " } }) { edges { node { id
      projectsLedConnection(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id } } }
    } } } }`);
    const byCouncil = Object.fromEntries(data.councils.edges.map((e: any) => [e.node.id.slice(-2), e.node.projectsLedConnection]));
    expect(byCouncil.c1).toEqual({ totalCount: 10, pageInfo: { hasNextPage: true }, edges: [{ node: { id: `project:${TAG}-01` } }, { node: { id: `project:${TAG}-04` } }] });
    expect(byCouncil.c4).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] });
    const after = byCouncil.c1.edges.length && (await run(`{ council(id: "council:${TAG}-c1") { projectsLedConnection(first: 2) { pageInfo { endCursor } } } }`))
      .council.projectsLedConnection.pageInfo.endCursor;
    const next = await run(`{ council(id: "council:${TAG}-c1") { projectsLedConnection(first: 2, after: "${after}") { edges { node { id } } } } }`);
    expect(next.council.projectsLedConnection.edges).toEqual([{ node: { id: `project:${TAG}-07` } }, { node: { id: `project:${TAG}-10` } }]);
  });

  it('exposes sources on every entity and alternatives where sources disagree', async () => {
    const data = await run(`{
      disputed: project(id: "project:${TAG}-01") { grantGbp sources { note } alternatives { field value sources { note source { title } } } }
      plain: project(id: "project:${TAG}-02") { alternatives { field } }
    }`);
    expect(data.disputed).toEqual({
      grantGbp: 1000,
      sources: [{ note: 'project 1' }],
      alternatives: [{ field: 'grantGbp', value: '1500', sources: [{ note: 'other figure', source: DOC }] }],
    });
    expect(data.plain.alternatives).toEqual([]);
  });

  it('finds any entity with node(id), typed by its id prefix; null for unknown ids and prefixes', async () => {
    const data = await run(`{
      project: node(id: "project:${TAG}-07") { __typename id ... on Project { name } }
      council: node(id: "council:${TAG}-c4") { __typename ... on Council { name } }
      round: node(id: "round:${TAG}-2") { __typename ... on FundingRound { number } }
      source: node(id: "source:${TAG}-doc") { __typename ... on Source { title } }
      missing: node(id: "project:${TAG}-99") { id }
      unknownPrefix: node(id: "planet:mars") { id }
    }`);
    expect(data).toEqual({
      project: { __typename: 'Project', id: `project:${TAG}-07`, name: `${TAG} Project 07` },
      council: { __typename: 'Council', name: `${TAG} Council 4` },
      round: { __typename: 'FundingRound', number: 2 },
      source: { __typename: 'Source', title: `${TAG} Document` },
      missing: null,
      unknownPrefix: null,
    });
  });
});
