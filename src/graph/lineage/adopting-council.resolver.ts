import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Citation } from '../../source/citation.type';
import { resolveCitations } from '../../source/provenance';
import { AdoptingCouncil } from './lineage.type';

@Resolver(() => AdoptingCouncil)
export class AdoptingCouncilResolver {
  @FieldResolver(() => [Citation], { description: 'Sources for the adoption (the ADOPTS relationship).' })
  sources(@Root() adoption: AdoptingCouncil, @Ctx() ctx: Context) {
    return resolveCitations(adoption, ctx.loaders.sourceById);
  }
}
