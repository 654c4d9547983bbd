import { Field, Int, ObjectType } from 'type-graphql';
import { FundingRound } from '../funding-round/funding-round.type';
import { Project } from '../project/project.type';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';
import { CouncilProjectRole } from './council-project-role.enum';

@ObjectType({
  implements: [HasSources],
  description:
    'One way a council takes part in a project (one LEADS, PARTNERS_IN or ADOPTS relationship), with the ' +
    'funding rounds it belongs to; `sources` are the relationship\'s.',
})
export class CouncilProject implements Sourced {
  @Field(() => CouncilProjectRole, { description: 'How the council takes part: leads, partners in, or adopted the project.' })
  role!: CouncilProjectRole;

  @Field(() => Project, { description: 'The project.' })
  project!: Project;

  @Field(() => [FundingRound], {
    description:
      'The rounds this involvement belongs to, by number: the rounds that funded the project (FUNDED_IN) and, ' +
      'for ADOPTS, the round the adoption names. Empty when neither is known.',
  })
  rounds!: FundingRound[];

  @Field(() => Boolean, {
    description:
      'False for an ADOPTS whose source states no round (seeds: `roundNotStated`): its `rounds` are only the rounds ' +
      'that funded the project, not the adoption\'s own, and `projects(round:)` leaves it out unless ' +
      'includeUnstatedRounds is true. True otherwise.',
  })
  roundStated!: boolean;

  @Field(() => String, { nullable: true, description: 'The partner\'s role as a source states it (PARTNERS_IN only).' })
  partnerRole!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of adoption where a source states it (ADOPTS only).' })
  adoptionYear!: number | null;

  sourceIds!: string[];
  sourceNotes!: string[];
}
