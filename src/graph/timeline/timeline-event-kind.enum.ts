import { registerEnumType } from 'type-graphql';

/** The kinds of dated event a timeline shows; each maps to one allow-listed Cypher fragment. */
export enum TimelineEventKind {
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  PROGRAMME_START = 'PROGRAMME_START',
  ROUND_START = 'ROUND_START',
  PROJECT_START = 'PROJECT_START',
  EVALUATION_PUBLISHED = 'EVALUATION_PUBLISHED',
}

registerEnumType(TimelineEventKind, {
  name: 'TimelineEventKind',
  description: 'A kind of dated event.',
  valuesConfig: {
    ANNOUNCEMENT: { description: 'A person announced a programme, round or project (Person-[:ANNOUNCED {date}]->target).' },
    PROGRAMME_START: { description: 'A programme started (Programme.startDate).' },
    ROUND_START: { description: 'A funding round started (FundingRound.startDate).' },
    PROJECT_START: { description: 'A project started (Project.startDate).' },
    EVALUATION_PUBLISHED: { description: 'An evaluation report was published (Evaluation.date).' },
  },
});
