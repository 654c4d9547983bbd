import { Field, Int, ObjectType } from 'type-graphql';
import { Council } from '../../council/council.type';
import { Finding } from '../../finding/finding.type';
import { FundingRound } from '../../funding-round/funding-round.type';
import { Project } from '../../project/project.type';
import { Sourced } from '../../source/provenance';

@ObjectType({ description: 'A council that adopted a project of a lineage (an ADOPTS relationship).' })
export class AdoptingCouncil implements Sourced {
  @Field(() => Council, { description: 'The adopting council.' })
  council!: Council;

  @Field(() => Int, { nullable: true, description: 'Year of adoption, where a source states it.' })
  year!: number | null;

  @Field(() => FundingRound, { nullable: true, description: 'The funding round the adoption was part of, where known.' })
  round!: FundingRound | null;

  sourceIds!: string[];
  sourceNotes!: string[];
}

@ObjectType({
  description:
    'One project of a lineage and how it derives from its parent: a SCALES or SPREADS relationship ' +
    '(derived)-[:SCALES|SPREADS]->(origin), or the first generation of the lineage (no parent).',
})
export class LineageStep implements Sourced {
  @Field(() => Int, { description: 'The generation of this step (see LineageGeneration.depth).' })
  depth!: number;

  @Field(() => Project, { description: 'The project at this step.' })
  project!: Project;

  @Field(() => Project, {
    nullable: true,
    description:
      'The project this one derives from (scales or spreads), one generation nearer the origin; ' +
      'null for the first generation of the lineage returned (the oldest ancestor reached, or the ' +
      'queried project when ancestors are not asked for).',
  })
  parent!: Project | null;

  @Field(() => String, { nullable: true, description: '"scale" or "spread": how the project derives from its parent; null without a parent.' })
  mode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year the project scaled or spread its parent, where a source states it.' })
  year!: number | null;

  @Field(() => [AdoptingCouncil], { description: 'Councils that adopted this project (ADOPTS), by name.' })
  adoptingCouncils!: AdoptingCouncil[];

  @Field(() => [Finding], { description: 'Findings of the evaluations of this project (Evaluation-[:EVALUATES]->project, -[:REPORTS]->finding).' })
  findings!: Finding[];

  /** Provenance of the derivation relationship (empty without a parent). */
  sourceIds!: string[];
  sourceNotes!: string[];
}

@ObjectType({ description: 'One generation of a lineage: every project at the same derivation distance from the queried project.' })
export class LineageGeneration {
  @Field(() => Int, {
    description:
      'Signed distance from the queried project along scale-and-spread relationships (shortest): 0 is the ' +
      'project itself, 1, 2, ... its descendants, -1, -2, ... its ancestors. Generations come oldest first.',
  })
  depth!: number;

  @Field(() => [LineageStep], { description: 'The projects of this generation, by name, each with its parent.' })
  steps!: LineageStep[];
}
