import { Field, Int, ObjectType } from 'type-graphql';
import { Council } from '../../council/council.type';
import { Project } from '../../project/project.type';
import { Sourced } from '../../source/provenance';

@ObjectType({ description: 'How a council is involved in a derived project: one LEADS or ADOPTS relationship.' })
export class CouncilInvolvement implements Sourced {
  @Field({ description: '"LEADS" or "ADOPTS".' })
  relationship!: string;

  @Field(() => Int, { nullable: true, description: 'Year of adoption (ADOPTS only), where a source states it.' })
  year!: number | null;

  @Field(() => Boolean, {
    description:
      'True when this relationship places the council in the adoption round by a stated fact: a LEADS of a project ' +
      'funded in that round, or an ADOPTS naming that round. False for an ADOPTS whose source states no round ' +
      '(returned only with includeUnstatedRounds: true).',
  })
  roundStated!: boolean;

  sourceIds!: string[];
  sourceNotes!: string[];
}

@ObjectType({
  description:
    'A council running, in one funding round, a project that scales or spreads a project of an earlier round ' +
    '(see Query.scaledAdoptions for exactly what counts).',
})
export class ScaledAdoption implements Sourced {
  @Field(() => Council, { description: 'The council that leads or adopts the derived project.' })
  council!: Council;

  @Field(() => Project, { description: 'The project funded in the origin round.' })
  originProject!: Project;

  @Field(() => Project, { description: 'The project that scales or spreads it.' })
  derivedProject!: Project;

  @Field({ description: '"scale" or "spread".' })
  mode!: string;

  @Field(() => Int, { nullable: true, description: 'Year the derived project scaled or spread the origin, where a source states it.' })
  year!: number | null;

  @Field(() => Boolean, {
    description: 'True when at least one involvement states the adoption round (see CouncilInvolvement.roundStated); false when the row is there only through adoptions with no stated round.',
  })
  roundStated!: boolean;

  @Field(() => [CouncilInvolvement], { description: 'The council\'s relationships to the derived project that qualify it (LEADS and/or ADOPTS).' })
  involvement!: CouncilInvolvement[];

  /** Provenance of the SCALES or SPREADS relationship. */
  sourceIds!: string[];
  sourceNotes!: string[];
}
