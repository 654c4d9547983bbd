import { ArrayNotEmpty, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../shared/connection/connection.args';
import { COUNCIL_PROJECT_ROLES, CouncilProjectRole } from './council-project-role.enum';

/** Arguments of `Council.projects`: which roles, which round, how many. */
@ArgsType()
export class CouncilProjectsArgs {
  @Field(() => [CouncilProjectRole], { description: 'Only these ways of taking part (default: all three).' })
  @ArrayNotEmpty()
  roles: CouncilProjectRole[] = [...COUNCIL_PROJECT_ROLES];

  @Field(() => Int, {
    nullable: true,
    description: 'Only involvements in the round with this number (FundingRound.number; see CouncilProject.rounds); null for any round.',
  })
  @IsOptional()
  @Min(0)
  round: number | null = null;

  @Field(() => Boolean, {
    description:
      'With `round`: also match an adoption whose source states no round (CouncilProject.roundStated false) through ' +
      'the rounds that funded its project. Off by default: such an adoption is not known to belong to that round.',
  })
  includeUnstatedRounds = false;

  @Field(() => Int, { description: `Most involvements to return for each council (1 to ${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = MAX_PAGE_SIZE;
}
