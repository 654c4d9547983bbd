import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Citation } from '../../source/citation.type';
import { resolveCitations } from '../../source/provenance';
import { ScaledAdoption } from './scaled-adoption.type';
import { ScaledAdoptionsArgs } from './scaled-adoptions.args';
import { findScaledAdoptions } from './scaled-adoptions.repository';

@Resolver(() => ScaledAdoption)
export class ScaledAdoptionsResolver {
  @Query(() => [ScaledAdoption], {
    description:
      'The signature question "which councils ran scaled Round One projects in Round Two?", for any pair of ' +
      'rounds. A row counts when: (1) the origin project is FUNDED_IN a round whose number is originRound; ' +
      '(2) the derived project SCALES or SPREADS the origin project (directly, one step); (3) the council LEADS ' +
      'or ADOPTS the derived project; and (4) a LEADS counts when the derived project is FUNDED_IN a round whose ' +
      'number is adoptionRound, an ADOPTS when its `round` names that round. An ADOPTS whose source states no round ' +
      'is not a round-adoptionRound adoption: it counts only with includeUnstatedRounds: true (and a derived project ' +
      'funded in adoptionRound), flagged roundStated: false. One row per council, origin and derived project, ordered ' +
      'by council, origin and derived project name. One database statement.',
  })
  scaledAdoptions(@Args() { originRound, adoptionRound, includeUnstatedRounds }: ScaledAdoptionsArgs, @Ctx() ctx: Context) {
    return findScaledAdoptions(ctx.db, originRound, adoptionRound, includeUnstatedRounds);
  }

  @FieldResolver(() => [Citation], { description: 'Sources for the derivation (the SCALES or SPREADS relationship).' })
  sources(@Root() adoption: ScaledAdoption, @Ctx() ctx: Context) {
    return resolveCitations(adoption, ctx.loaders.sourceById);
  }
}
