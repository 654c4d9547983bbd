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
 * allow-list above) within [$fromDay, $toDay] (first and last day of the bounds; either may be
 * null), in date order, at most $first. A date of any precision stands for a span of days ("2016"
 * for all of 2016): by default the whole span must lie in the range (the event is known to be in
 * it); with $includeImprecise the span need only overlap it. Rows: date, kind, title, subjectLabel,
 * subject, person, sourceIds, sourceNotes.
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
  WITH *, date + substring('-01-01', size(date) - 4) AS firstDay, date + substring('-12-31', size(date) - 4) AS lastDay
  WHERE ($fromDay IS NULL OR (CASE WHEN $includeImprecise THEN lastDay ELSE firstDay END) >= $fromDay)
    AND ($toDay IS NULL OR (CASE WHEN $includeImprecise THEN firstDay ELSE lastDay END) <= $toDay)
  RETURN date, kind, title, labels(subject)[0] AS subjectLabel, properties(subject) AS subject,
         properties(person) AS person, coalesce(sourceIds, []) AS sourceIds, coalesce(sourceNotes, []) AS sourceNotes
  ORDER BY date, kind, subject.id
  LIMIT $first`;
}
