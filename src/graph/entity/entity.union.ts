import { createUnionType } from 'type-graphql';
import { Council } from '../../council/council.type';
import { Evaluation } from '../../evaluation/evaluation.type';
import { Finding } from '../../finding/finding.type';
import { FundingRound } from '../../funding-round/funding-round.type';
import { Organisation } from '../../organisation/organisation.type';
import { Person } from '../../person/person.type';
import { Programme } from '../../programme/programme.type';
import { Project } from '../../project/project.type';
import { Region } from '../../region/region.type';
import { Source } from '../../source/source.type';
import { Theme } from '../../theme/theme.type';
import { labelOfEntity } from './tag-entity';

/**
 * Any entity of the graph, for results that mix kinds (search hits, timeline subjects). Values
 * must be tagged with their label (`tagEntity`) by the repository that read them.
 */
export const Entity = createUnionType({
  name: 'Entity',
  description: 'Any entity of the graph: use `... on Project { ... }` and so on to select fields.',
  types: () =>
    [Programme, FundingRound, Project, Council, Region, Organisation, Person, Evaluation, Finding, Theme, Source] as const,
  resolveType: (value) => {
    const label = labelOfEntity(value);
    if (!label) throw new TypeError(`an Entity value must be tagged with its label, but got: ${JSON.stringify(value)}`);
    // Each label is also the name of its GraphQL object type.
    return label;
  },
});
