import { useGraphFixture } from './graph-fixture';

const TIMELINE = `query ($from: String, $to: String, $kinds: [TimelineEventKind!], $imprecise: Boolean) {
  timeline(from: $from, to: $to, kinds: $kinds, includeImprecise: $imprecise, first: 1000) {
    date datePrecision kind title subjectId
    subject { __typename ... on Project { name } ... on FundingRound { number } }
    person { id }
    sources { note }
  }
}`;

type Event = { date: string; kind: string; title: string; subjectId: string };
/** The fixture's events only (the shipped seeds may add others), as "date kind subject". */
const fixtureEvents = (events: Event[]) =>
  events.filter((e) => e.subjectId.includes(':t-graph-')).map((e) => `${e.date} ${e.kind} ${e.subjectId}`);

/** The fixture's events of a result. */
const result = (response: { errors?: unknown; data?: Record<string, any> }) => {
  expect(response.errors).toBeUndefined();
  return fixtureEvents(response.data?.timeline);
};

describe('timeline', () => {
  const kit = useGraphFixture();

  it('returns every kind of dated event in date order, dates of any precision sorted as strings', async () => {
    const result = await kit.run(TIMELINE);
    expect(result.errors).toBeUndefined();
    expect(fixtureEvents(result.data?.timeline)).toEqual([
      '2012 PROJECT_START project:t-graph-ancestor',
      '2014-06 PROGRAMME_START programme:t-graph-prog',
      '2014-10 ROUND_START round:t-graph-1',
      '2014-10-01 ANNOUNCEMENT round:t-graph-1',
      '2014-11 PROJECT_START project:t-graph-origin',
      '2016 ANNOUNCEMENT project:t-graph-scale',
      '2016-09-01 ROUND_START round:t-graph-2',
      '2017-01 PROJECT_START project:t-graph-scale',
      '2017-03-15 EVALUATION_PUBLISHED evaluation:t-graph-origin',
      '2019 EVALUATION_PUBLISHED evaluation:t-graph-scale',
      '2019-04-01 PROJECT_START project:t-graph-grandchild',
    ]);
    const announcement = result.data?.timeline.find((e: Event) => e.kind === 'ANNOUNCEMENT' && e.subjectId === 'round:t-graph-1');
    expect(announcement).toEqual({
      date: '2014-10-01', datePrecision: 'DAY', kind: 'ANNOUNCEMENT', title: 'Graph Test Minister announced Graph test round one',
      subjectId: 'round:t-graph-1', subject: { __typename: 'FundingRound', number: 901 },
      person: { id: 'person:t-graph-minister' }, sources: [{ note: 'p. 30' }],
    });
  });

  it('keeps by default only events whose whole date lies in [from, to]', async () => {
    const result = await kit.run(TIMELINE, { from: '2016-10', to: '2017-02' });
    expect(result.errors).toBeUndefined();
    expect(fixtureEvents(result.data?.timeline)).toEqual(['2017-01 PROJECT_START project:t-graph-scale']);
  });

  it('does not answer a one-day range with events dated only by their year or month', async () => {
    const day = await kit.run(TIMELINE, { from: '2016-05-01', to: '2016-05-01' });
    expect(result(day)).toEqual([]);
    const exact = await kit.run(TIMELINE, { from: '2017-03-15', to: '2017-03-15' });
    expect(result(exact)).toEqual(['2017-03-15 EVALUATION_PUBLISHED evaluation:t-graph-origin']);
    const year = await kit.run(TIMELINE, { from: '2016', to: '2016' });
    expect(result(year)).toEqual(['2016 ANNOUNCEMENT project:t-graph-scale', '2016-09-01 ROUND_START round:t-graph-2']);
  });

  it('adds events whose imprecise dates overlap [from, to] with includeImprecise, each with its date precision', async () => {
    const day = await kit.run(TIMELINE, { from: '2016-05-01', to: '2016-05-01', imprecise: true });
    expect(result(day)).toEqual(['2016 ANNOUNCEMENT project:t-graph-scale']);
    expect(day.data?.timeline.find((e: Event) => e.subjectId === 'project:t-graph-scale').datePrecision).toBe('YEAR');
    const range = await kit.run(TIMELINE, { from: '2016-10', to: '2017-02', imprecise: true });
    expect(fixtureEvents(range.data?.timeline)).toEqual([
      '2016 ANNOUNCEMENT project:t-graph-scale',
      '2017-01 PROJECT_START project:t-graph-scale',
    ]);
    expect(range.data?.timeline.filter((e: Event) => e.subjectId.includes(':t-graph-')).map((e: { datePrecision: string }) => e.datePrecision))
      .toEqual(['YEAR', 'MONTH']);
  });

  it('keeps only the kinds asked for', async () => {
    const result = await kit.run(TIMELINE, { kinds: ['EVALUATION_PUBLISHED'] });
    expect(result.data?.timeline.every((e: Event) => e.kind === 'EVALUATION_PUBLISHED')).toBe(true);
    expect(fixtureEvents(result.data?.timeline)).toEqual([
      '2017-03-15 EVALUATION_PUBLISHED evaluation:t-graph-origin',
      '2019 EVALUATION_PUBLISHED evaluation:t-graph-scale',
    ]);
  });

  it('rejects malformed dates and an empty kinds list', async () => {
    for (const variables of [{ from: '2014-13' }, { to: '14' }, { kinds: [] }]) {
      const result = await kit.run(TIMELINE, variables);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('runs one statement plus one batched statement for sources', async () => {
    expect(await kit.countStatements(TIMELINE)).toHaveLength(2);
  });
});
