import { registerEnumType } from 'type-graphql';

/** Which way a lineage is followed from the project it starts at. */
export enum LineageDirection {
  ANCESTORS = 'ANCESTORS',
  DESCENDANTS = 'DESCENDANTS',
  BOTH = 'BOTH',
}

registerEnumType(LineageDirection, {
  name: 'LineageDirection',
  description: 'Which way to follow scale-and-spread relationships from a project.',
  valuesConfig: {
    ANCESTORS: { description: 'The projects it derives from (its origins, their origins, ...).' },
    DESCENDANTS: { description: 'The projects that scale or spread it (and those that scale or spread them, ...).' },
    BOTH: { description: 'Ancestors and descendants.' },
  },
});
