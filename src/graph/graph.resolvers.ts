import { FindingsByRoundResolver } from './findings-by-round/findings-by-round.resolver';
import { AdoptingCouncilResolver } from './lineage/adopting-council.resolver';
import { LineageResolver } from './lineage/lineage.resolver';
import { NeighbourhoodResolver } from './neighbourhood/neighbourhood.resolver';
import { ProjectLineageResolver } from './lineage/project-lineage.resolver';
import { PathsResolver } from './paths/paths.resolver';
import { SearchResolver } from './search/search.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { TimelineResolver } from './timeline/timeline.resolver';
import { CouncilInvolvementResolver } from './scaled-adoptions/council-involvement.resolver';
import { ScaledAdoptionsResolver } from './scaled-adoptions/scaled-adoptions.resolver';

/** Every resolver class of the cross-entity queries (src/graph). */
export const GRAPH_RESOLVERS = [
  LineageResolver,
  ProjectLineageResolver,
  AdoptingCouncilResolver,
  ScaledAdoptionsResolver,
  CouncilInvolvementResolver,
  NeighbourhoodResolver,
  PathsResolver,
  SearchResolver,
  StatsResolver,
  TimelineResolver,
  FindingsByRoundResolver,
] as const;
