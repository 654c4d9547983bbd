import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Context, Loaders } from '../context';
import { NodeLabel } from '../neo4j/migrations';
import { labelOfId } from '../seed/seed-kinds';
import { Node } from './node.interface';

/** The by-id loader of each label: `node(id:)` goes through the same batching as typed lookups. */
const LOADER_BY_LABEL: Record<NodeLabel, keyof Loaders> = {
  Programme: 'programmeById', FundingRound: 'fundingRoundById', Project: 'projectById', Council: 'councilById',
  Region: 'regionById', Organisation: 'organisationById', Person: 'personById', Evaluation: 'evaluationById',
  Finding: 'findingById', Theme: 'themeById', Source: 'sourceById',
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by id (Relay); the id prefix names the type. Null if there is none.' })
  node(@Arg('id', () => ID, { description: 'An entity id, e.g. "project:no-wrong-door" or "council:E10000015".' }) id: string, @Ctx() ctx: Context) {
    const label = labelOfId(id);
    if (!label) return null;
    const loader = ctx.loaders[LOADER_BY_LABEL[label]] as { load(id: string): Promise<unknown> };
    return loader.load(id);
  }
}
