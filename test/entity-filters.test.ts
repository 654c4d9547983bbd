import { useEntityFixture } from './helpers/entity-fixture';

const TAG = 'tfilter';
const MINE = `{ name: { startsWith: "${TAG} " } }`;

describe('entity connections: where filters and relationship filters', () => {
  const fixture = useEntityFixture(TAG);

  /** The numbers ("07") of this file's projects matching `where`, in name order. */
  async function projects(where: string): Promise<string[]> {
    const result = await fixture.run(`{ projects(where: { AND: [${MINE}, ${where}] }) { edges { node { id } } } }`);
    expect(result.errors).toBeUndefined();
    return result.data?.projects.edges.map((e: { node: { id: string } }) => e.node.id.slice(`project:${TAG}-`.length));
  }

  /** The ids (c1..c4) of this file's councils matching `where`. */
  async function councils(where: string): Promise<string[]> {
    const result = await fixture.run(`{ councils(where: { AND: [${MINE}, ${where}] }) { edges { node { id } } } }`);
    expect(result.errors).toBeUndefined();
    return result.data?.councils.edges.map((e: { node: { id: string } }) => e.node.id.slice(`council:${TAG}-`.length));
  }

  const range = (from: number, to: number, step = 1) =>
    Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => String(from + k * step).padStart(2, '0'));

  it('filters strings with eq, in, contains and startsWith', async () => {
    expect(await projects(`{ name: { eq: "${TAG} Project 07" } }`)).toEqual(['07']);
    expect(await projects(`{ name: { in: ["${TAG} Project 03", "${TAG} Project 30", "elsewhere"] } }`)).toEqual(['03', '30']);
    expect(await projects(`{ name: { contains: "Project 1" } }`)).toEqual(range(10, 19));
    expect(await projects(`{ name: { startsWith: "${TAG} Project 2" } }`)).toEqual(range(20, 29));
  });

  it('filters strings ignoring case with eqi, containsi and startsWithi', async () => {
    expect(await projects(`{ name: { eqi: "${TAG.toUpperCase()} project 07" } }`)).toEqual(['07']);
    expect(await projects(`{ name: { containsi: "PROJECT 1" } }`)).toEqual(range(10, 19));
    expect(await projects(`{ name: { startsWithi: "${TAG.toUpperCase()} PROJECT 2" } }`)).toEqual(range(20, 29));
    expect(await projects(`{ name: { contains: "PROJECT 1" } }`)).toEqual([]);
  });

  it('filters optional fields on whether they have a value with exists', async () => {
    expect(await projects('{ grantGbp: { exists: false } }')).toEqual(range(5, 30, 5));
    expect(await projects('{ grantGbp: { exists: true } }')).toEqual(range(1, 30).filter((n) => Number(n) % 5 !== 0));
    expect(await projects('{ NOT: { grantGbp: { exists: true } } }')).toEqual(range(5, 30, 5));
  });

  it('filters ids with eq and in', async () => {
    expect(await projects(`{ id: { eq: "project:${TAG}-05" } }`)).toEqual(['05']);
    expect(await projects(`{ id: { in: ["project:${TAG}-05", "project:${TAG}-06"] } }`)).toEqual(['05', '06']);
  });

  it('filters numbers with eq, in, lt, lte, gt and gte (missing values match none)', async () => {
    expect(await projects('{ grantGbp: { eq: 4000 } }')).toEqual(['04']);
    expect(await projects('{ grantGbp: { in: [1000, 5000, 7000] } }')).toEqual(['01', '07']);
    expect(await projects('{ grantGbp: { lt: 3000 } }')).toEqual(['01', '02']);
    expect(await projects('{ grantGbp: { lte: 3000 } }')).toEqual(['01', '02', '03']);
    expect(await projects('{ grantGbp: { gt: 27000 } }')).toEqual(['28', '29']);
    expect(await projects('{ grantGbp: { gte: 27000, lt: 29000 } }')).toEqual(['27', '28']);
  });

  it('filters ISO dates as text, so a month sorts after its year', async () => {
    expect(await projects('{ startDate: { eq: "2014" } }')).toEqual(range(1, 10));
    expect(await projects('{ startDate: { in: ["2016-03"] } }')).toEqual(range(11, 20));
    expect(await projects('{ startDate: { lt: "2016" } }')).toEqual(range(1, 10));
    expect(await projects('{ startDate: { gte: "2016" } }')).toEqual(range(11, 20));
    expect(await projects('{ startDate: { gt: "2016-03" } }')).toEqual([]);
    expect(await projects('{ startDate: { lte: "2016-03" } }')).toEqual(range(1, 20));
  });

  it('combines conditions with AND, OR and NOT; NOT keeps nodes missing the property', async () => {
    expect(await projects('{ OR: [{ grantGbp: { lt: 3000 } }, { name: { contains: "Project 3" } }] }')).toEqual(['01', '02', '30']);
    expect(await projects('{ AND: [{ status: { eq: "active" } }, { grantGbp: { lt: 7000 } }] }')).toEqual(['02', '04', '06']);
    expect(await projects('{ NOT: { grantGbp: { gt: 0 } } }')).toEqual(range(5, 30, 5));
    expect(await projects('{ NOT: { OR: [{ startDate: { eq: "2014" } }, { startDate: { eq: "2016-03" } }] } }')).toEqual(range(21, 30));
    expect(await projects('{ OR: [] }')).toEqual([]);
  });

  it('filters on related nodes with some, across two relationships', async () => {
    // councils c1 and c2 are in London: they lead the projects whose number is not a multiple of 3
    const inLondon = await projects(`{ leadCouncils: { some: { region: { some: { name: { eq: "${TAG} London" } } } } } }`);
    expect(inLondon).toEqual(range(1, 30).filter((n) => Number(n) % 3 !== 0));
    // findings are reached through evaluations (a two-hop relationship)
    expect(await projects('{ findings: { some: { direction: { eq: "negative" } } } }')).toEqual(range(2, 30, 2));
  });

  it('filters with none (an empty filter: no related node at all) and all', async () => {
    expect(await councils('{ projectsLed: { none: {} } }')).toEqual(['c4']);
    expect(await councils('{ region: { none: {} } }')).toEqual(['c4']);
    expect(await councils('{ projectsLed: { some: {} } }')).toEqual(['c1', 'c2', 'c3']);
    expect(await projects('{ themes: { all: { name: { eq: "Theme a" } } } }')).toEqual(range(1, 29, 2));
    // `all` holds when there is nothing to check: c4 leads no project
    expect(await councils('{ projectsLed: { all: { status: { eq: "completed" } } } }')).toEqual(['c4']);
  });

  it('answers "councils running, in Round Two, a scaled Round One project" for any pair of rounds', async () => {
    const signature = (origin: number, adopted: number) => `{ adopted: { some: {
      originProjects: { some: { rounds: { some: { number: { eq: ${origin} } } } } },
      rounds: { some: { number: { eq: ${adopted} } } }
    } } }`;
    expect(await councils(signature(1, 2))).toEqual(['c3']);
    expect(await councils(signature(2, 1))).toEqual([]);
  });

  it('applies where and orderBy on relationship fields, per parent', async () => {
    const result = await fixture.run(`{
      councils(where: ${MINE}) { edges { node { id
        projectsLed(first: 2, where: { status: { eq: "active" } }, orderBy: [{ field: GRANT_GBP, direction: DESC }]) { id }
      } } }
    }`);
    expect(result.errors).toBeUndefined();
    const led = Object.fromEntries(
      result.data?.councils.edges.map((e: any) => [e.node.id.slice(`council:${TAG}-`.length), e.node.projectsLed.map((p: any) => p.id.slice(-2))]),
    );
    // active = even; c1 leads 1,4,...,28 (even: 4,10,16,22,28; 10 has no grant and sorts first descending)
    expect(led).toEqual({ c1: ['10', '28'], c2: ['20', '26'], c3: ['30', '24'], c4: [] });
  });
});
