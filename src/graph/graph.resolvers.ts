import { AdoptingCouncilResolver } from './lineage/adopting-council.resolver';
import { LineageResolver } from './lineage/lineage.resolver';

/** Every resolver class of the cross-entity queries (src/graph). */
export const GRAPH_RESOLVERS = [LineageResolver, AdoptingCouncilResolver] as const;
