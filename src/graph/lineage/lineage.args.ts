import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { LineageDirection } from './lineage-direction.enum';
import { MAX_LINEAGE_DEPTH } from './lineage.cypher';

/** Arguments of `Project.lineage`: which way, and how far. */
@ArgsType()
export class ProjectLineageArgs {
  @Field(() => LineageDirection, { description: 'Which way to follow scale-and-spread relationships.' })
  direction: LineageDirection = LineageDirection.DESCENDANTS;

  @Field(() => Int, { description: `How many generations to follow each way (0 to ${MAX_LINEAGE_DEPTH}).` })
  @Min(0)
  @Max(MAX_LINEAGE_DEPTH)
  maxDepth = 5;
}

/** Arguments of the top-level `lineage` query: the project to start from, which way, and how far. */
@ArgsType()
export class LineageArgs extends ProjectLineageArgs {
  @Field(() => ID, { description: 'The project to start from, e.g. "project:no-wrong-door".' })
  projectId!: string;
}
