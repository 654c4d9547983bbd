import { useGraphFixture } from './graph-fixture';

const SCALED_ADOPTIONS = `query ($from: Int, $to: Int) {
  scaledAdoptions(originRound: $from, adoptionRound: $to) {
    council { id }
    originProject { id }
    derivedProject { id }
    mode year
    sources { note }
    involvement { relationship year sources { note } }
  }
}`;

describe('scaledAdoptions', () => {
  const kit = useGraphFixture();

  it('returns councils that led or adopted, in the later round, projects scaling or spreading an earlier round\'s projects', async () => {
    const result = await kit.run(SCALED_ADOPTIONS, { from: 901, to: 902 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.scaledAdoptions).toEqual([
      // Spread is funded in no round, but Alpha's ADOPTS names round two.
      { council: { id: 'council:t-graph-a' }, originProject: { id: 'project:t-graph-origin' }, derivedProject: { id: 'project:t-graph-spread' },
        mode: 'spread', year: 2018, sources: [{ note: 'p. 15' }],
        involvement: [{ relationship: 'ADOPTS', year: 2019, sources: [{ note: 'p. 21' }] }] },
      // Scale is funded in round two: its lead council and its adopter both count.
      { council: { id: 'council:t-graph-b' }, originProject: { id: 'project:t-graph-origin' }, derivedProject: { id: 'project:t-graph-scale' },
        mode: 'scale', year: 2017, sources: [{ note: 'p. 14' }],
        involvement: [{ relationship: 'LEADS', year: null, sources: [{ note: 'p. 19' }] }] },
      { council: { id: 'council:t-graph-c' }, originProject: { id: 'project:t-graph-origin' }, derivedProject: { id: 'project:t-graph-scale' },
        mode: 'scale', year: 2017, sources: [{ note: 'p. 14' }],
        involvement: [{ relationship: 'ADOPTS', year: 2018, sources: [{ note: 'p. 20' }] }] },
      // The grandchild scales Scale, which is not a round-one project: it does not count.
    ]);
  });

  it('works for any pair of rounds, and is empty where nothing qualifies', async () => {
    const reversed = await kit.run(SCALED_ADOPTIONS, { from: 902, to: 901 });
    expect(reversed.data?.scaledAdoptions).toEqual([]);
    // Grandchild (round 902) scales Scale (round 902); its lead council C counts for 902 -> 902.
    const same = await kit.run(SCALED_ADOPTIONS, { from: 902, to: 902 });
    expect(same.data?.scaledAdoptions.map((row: { council: { id: string }; derivedProject: { id: string } }) =>
      [row.council.id, row.derivedProject.id])).toEqual([['council:t-graph-c', 'project:t-graph-grandchild']]);
  });

  describe('an adoption whose source states no round', () => {
    // Alpha also adopted Scale (funded in round 902), but the source does not say in which round.
    const UNSTATED = `MATCH (a:Council {id: 'council:t-graph-a'}), (s:Project {id: 'project:t-graph-scale'})
      CREATE (a)-[:ADOPTS {year: 2018, roundNotStated: true, sourceIds: ['source:t-graph-doc'], sourceNotes: ['p. 40']}]->(s)`;
    const UNSTATED_QUERY = `query ($unstated: Boolean) {
      scaledAdoptions(originRound: 901, adoptionRound: 902, includeUnstatedRounds: $unstated) {
        council { id } derivedProject { id } roundStated involvement { relationship roundStated }
      }
    }`;
    beforeAll(() => kit.db.write(UNSTATED));
    afterAll(() => kit.db.write(`MATCH (:Council {id: 'council:t-graph-a'})-[r:ADOPTS {roundNotStated: true}]->() DELETE r`));

    it('is not reported as an adoption of the derived project\'s round', async () => {
      const result = await kit.run(UNSTATED_QUERY);
      expect(result.errors).toBeUndefined();
      expect(result.data?.scaledAdoptions).toEqual([
        { council: { id: 'council:t-graph-a' }, derivedProject: { id: 'project:t-graph-spread' }, roundStated: true, involvement: [{ relationship: 'ADOPTS', roundStated: true }] },
        { council: { id: 'council:t-graph-b' }, derivedProject: { id: 'project:t-graph-scale' }, roundStated: true, involvement: [{ relationship: 'LEADS', roundStated: true }] },
        { council: { id: 'council:t-graph-c' }, derivedProject: { id: 'project:t-graph-scale' }, roundStated: true, involvement: [{ relationship: 'ADOPTS', roundStated: true }] },
      ]);
    });

    it('comes back, flagged roundStated: false, only when asked for with includeUnstatedRounds', async () => {
      const result = await kit.run(UNSTATED_QUERY, { unstated: true });
      expect(result.errors).toBeUndefined();
      expect(result.data?.scaledAdoptions.map((row: { council: { id: string }; derivedProject: { id: string }; roundStated: boolean }) =>
        `${row.council.id} ${row.derivedProject.id} ${row.roundStated}`)).toEqual([
        'council:t-graph-a project:t-graph-scale false',
        'council:t-graph-a project:t-graph-spread true',
        'council:t-graph-b project:t-graph-scale true',
        'council:t-graph-c project:t-graph-scale true',
      ]);
      expect(result.data?.scaledAdoptions[0].involvement).toEqual([{ relationship: 'ADOPTS', roundStated: false }]);
    });
  });

  it('runs one statement, plus one batched statement for every source', async () => {
    const statements = await kit.countStatements(SCALED_ADOPTIONS, { from: 901, to: 902 });
    expect(statements).toHaveLength(2);
    expect(statements[0]).toContain('SCALES|SPREADS');
  });
});
