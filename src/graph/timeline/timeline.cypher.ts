import { TimelineEventKind } from './timeline-event-kind.enum';

/** One subquery branch per kind, each returning date, kind, title, subject, person, sourceIds, sourceNotes. */
const EVENTS: Record<TimelineEventKind, string> = {
  [TimelineEventKind.ANNOUNCEMENT]: `
    MATCH (person:Person)-[a:ANNOUNCED]->(subject) WHERE a.date IS NOT NULL
    RETURN a.date AS date, 'ANNOUNCEMENT' AS kind,
           person.name + ' announced ' + coalesce(subject.name, subject.title, subject.id) AS title,
           subject, person, a.sourceIds AS sourceIds, a.sourceNotes AS sourceNotes`,
  [TimelineEventKind.PROGRAMME_START]: `
    MATCH (subject:Programme) WHERE subject.startDate IS NOT NULL
    RETURN subject.startDate AS date, 'PROGRAMME_START' AS kind, subject.name + ' starts' AS title,
           subject, null AS person, subject.sourceIds AS sourceIds, subject.sourceNotes AS sourceNotes`,
  [TimelineEventKind.ROUND_START]: `
    MATCH (subject:FundingRound) WHERE subject.startDate IS NOT NULL
    RETURN subject.startDate AS date, 'ROUND_START' AS kind, subject.name + ' starts' AS title,
           subject, null AS person, subject.sourceIds AS sourceIds, subject.sourceNotes AS sourceNotes`,
  [TimelineEventKind.PROJECT_START]: `
    MATCH (subject:Project) WHERE subject.startDate IS NOT NULL
    RETURN subject.startDate AS date, 'PROJECT_START' AS kind, subject.name + ' starts' AS title,
           subject, null AS person, subject.sourceIds AS sourceIds, subject.sourceNotes AS sourceNotes`,
  [TimelineEventKind.EVALUATION_PUBLISHED]: `
    MATCH (subject:Evaluation) WHERE subject.date IS NOT NULL
    RETURN subject.date AS date, 'EVALUATION_PUBLISHED' AS kind, 'Evaluation published: ' + subject.title AS title,
           subject, null AS person, subject.sourceIds AS sourceIds, subject.sourceNotes AS sourceNotes`,
};

/**
 * Builds the one statement of a timeline: events of the given kinds (branches from the
 * allow-list above) whose dates overlap [$from, $to] (either may be null), in date order, at most
 * $first. Dates of different precision compare on their common prefix, so "2016" overlaps
 * "2016-09". Rows: date, kind, title, subjectLabel, subject, person, sourceIds, sourceNotes.
 */
export function timelineCypher(kinds: readonly TimelineEventKind[]): string {
  const branches = [...new Set(kinds)].map((kind) => {
    const branch = EVENTS[kind];
    if (!branch) throw new TypeError(`kind must be one of ${Object.keys(EVENTS).join(', ')}, but got: ${kind}`);
    return branch;
  });
  return `
  CALL () {${branches.join('\n    UNION ALL')}
  }
  WITH * WHERE ($from IS NULL OR date >= left($from, size(date)))
           AND ($to IS NULL OR left(date, size($to)) <= $to)
  RETURN date, kind, title, labels(subject)[0] AS subjectLabel, properties(subject) AS subject,
         properties(person) AS person, coalesce(sourceIds, []) AS sourceIds, coalesce(sourceNotes, []) AS sourceNotes
  ORDER BY date, kind, subject.id
  LIMIT $first`;
}
