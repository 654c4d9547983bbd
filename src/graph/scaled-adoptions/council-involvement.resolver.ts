import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Citation } from '../../source/citation.type';
import { resolveCitations } from '../../source/provenance';
import { CouncilInvolvement } from './scaled-adoption.type';

@Resolver(() => CouncilInvolvement)
export class CouncilInvolvementResolver {
  @FieldResolver(() => [Citation], { description: 'Sources for the LEADS or ADOPTS relationship.' })
  sources(@Root() involvement: CouncilInvolvement, @Ctx() ctx: Context) {
    return resolveCitations(involvement, ctx.loaders.sourceById);
  }
}
