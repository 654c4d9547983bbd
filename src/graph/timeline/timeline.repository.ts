import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { NodeLabel } from '../../neo4j/migrations';
import { Person } from '../../person/person.type';
import { tagEntity } from '../entity/tag-entity';
import { firstDayOf, lastDayOf, precisionOf } from './date-precision.enum';
import { TimelineEventKind } from './timeline-event-kind.enum';
import { TimelineEvent } from './timeline-event.type';
import { timelineCypher } from './timeline.cypher';

export interface TimelineOptions {
  from: string | null;
  to: string | null;
  /** Kinds to include; null for all. */
  kinds: readonly TimelineEventKind[] | null;
  /** Also keep events whose date overlaps [from, to] without being known to lie in it. */
  includeImprecise: boolean;
  first: number;
}

/** Reads dated events in order, in one statement. */
export async function findTimeline(db: Database, options: TimelineOptions): Promise<TimelineEvent[]> {
  const kinds = options.kinds ?? Object.values(TimelineEventKind);
  const rows = await db.read(timelineCypher(kinds), {
    fromDay: options.from === null ? null : firstDayOf(options.from),
    toDay: options.to === null ? null : lastDayOf(options.to),
    includeImprecise: options.includeImprecise,
    first: neo4j.int(options.first),
  });
  return rows.map((row) => {
    const subject = tagEntity(row.subject as { id: string }, row.subjectLabel as NodeLabel);
    return {
      date: row.date as string,
      datePrecision: precisionOf(row.date as string),
      kind: row.kind as TimelineEventKind,
      title: row.title as string,
      subjectId: subject.id,
      subject,
      person: (row.person as Person | null) ?? null,
      sourceIds: row.sourceIds as string[],
      sourceNotes: row.sourceNotes as string[],
    } as TimelineEvent;
  });
}
