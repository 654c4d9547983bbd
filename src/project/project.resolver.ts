import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { CouncilConnectionArgs } from '../council/council.args';
import { CouncilAdoptionConnection, CouncilPartnershipConnection, CouncilRelationConnection } from '../council/council.connection';
import { Council } from '../council/council.type';
import { EvaluationConnectionArgs } from '../evaluation/evaluation.args';
import { EvaluationRelationConnection } from '../evaluation/evaluation.connection';
import { Evaluation } from '../evaluation/evaluation.type';
import { FindingConnectionArgs } from '../finding/finding.args';
import { FindingRelationConnection } from '../finding/finding.connection';
import { Finding } from '../finding/finding.type';
import { FundingRoundConnectionArgs } from '../funding-round/funding-round.args';
import { FundingRoundFundingConnection } from '../funding-round/funding-round.connection';
import { FundingRound } from '../funding-round/funding-round.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.args';
import { OrganisationPartnershipConnection, OrganisationRelationConnection } from '../organisation/organisation.connection';
import { Organisation } from '../organisation/organisation.type';
import { PersonConnectionArgs } from '../person/person.args';
import { PersonAnnouncementConnection } from '../person/person.connection';
import { Person } from '../person/person.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { ThemeConnectionArgs } from '../theme/theme.args';
import { ThemeRelationConnection } from '../theme/theme.connection';
import { Theme } from '../theme/theme.type';
import { ProjectConnectionArgs } from './project.args';
import { ProjectConnection, ProjectDerivationConnection } from './project.connection';
import { PROJECT_MODEL } from './project.model';
import { findNodeById } from '../shared/connection/find-node';
import { Project } from './project.type';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => Project, { nullable: true, description: 'One project by id; null if there is none.' })
  project(@Arg('id', () => ID, { description: 'The project id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, PROJECT_MODEL, id, info, ctx.loaders.projectById);
  }

  @Query(() => ProjectConnection, { description: 'Projects, a page at a time, filtered and sorted.' })
  projects(@Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Project>(ctx.db, PROJECT_MODEL, args, info);
  }

  @FieldResolver(() => [Council], { description: 'Councils that lead this project.' })
  leadCouncils(@Root() project: Project, @Args() args: CouncilConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Council>(PROJECT_MODEL.relations.leadCouncils, project.id, args);
  }

  @FieldResolver(() => CouncilRelationConnection, { description: 'Councils that lead this project, as edges with the relationship\'s sources.' })
  leadCouncilsConnection(@Root() project: Project, @Args() args: CouncilConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.leadCouncils, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations (not councils) that lead this project.' })
  leadOrganisations(@Root() project: Project, @Args() args: OrganisationConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Organisation>(PROJECT_MODEL.relations.leadOrganisations, project.id, args);
  }

  @FieldResolver(() => OrganisationRelationConnection, { description: 'Organisations (not councils) that lead this project, as edges with the relationship\'s sources.' })
  leadOrganisationsConnection(@Root() project: Project, @Args() args: OrganisationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.leadOrganisations, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Council], { description: 'Councils that are partners in this project.' })
  partnerCouncils(@Root() project: Project, @Args() args: CouncilConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Council>(PROJECT_MODEL.relations.partnerCouncils, project.id, args);
  }

  @FieldResolver(() => CouncilPartnershipConnection, { description: 'Councils that are partners in this project, as edges with the relationship\'s facts and sources.' })
  partnerCouncilsConnection(@Root() project: Project, @Args() args: CouncilConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.partnerCouncils, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations that are partners in this project.' })
  partnerOrganisations(@Root() project: Project, @Args() args: OrganisationConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Organisation>(PROJECT_MODEL.relations.partnerOrganisations, project.id, args);
  }

  @FieldResolver(() => OrganisationPartnershipConnection, { description: 'Organisations that are partners in this project, as edges with the relationship\'s facts and sources.' })
  partnerOrganisationsConnection(@Root() project: Project, @Args() args: OrganisationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.partnerOrganisations, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [FundingRound], { description: 'Funding rounds that funded this project.' })
  rounds(@Root() project: Project, @Args() args: FundingRoundConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<FundingRound>(PROJECT_MODEL.relations.rounds, project.id, args);
  }

  @FieldResolver(() => FundingRoundFundingConnection, { description: 'Funding rounds that funded this project, as edges with the relationship\'s facts and sources.' })
  roundsConnection(@Root() project: Project, @Args() args: FundingRoundConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.rounds, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Theme], { description: 'Themes of this project.' })
  themes(@Root() project: Project, @Args() args: ThemeConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Theme>(PROJECT_MODEL.relations.themes, project.id, args);
  }

  @FieldResolver(() => ThemeRelationConnection, { description: 'Themes of this project, as edges with the relationship\'s sources.' })
  themesConnection(@Root() project: Project, @Args() args: ThemeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.themes, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Evaluation], { description: 'Evaluations of this project.' })
  evaluations(@Root() project: Project, @Args() args: EvaluationConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Evaluation>(PROJECT_MODEL.relations.evaluations, project.id, args);
  }

  @FieldResolver(() => EvaluationRelationConnection, { description: 'Evaluations of this project, as edges with the relationship\'s sources.' })
  evaluationsConnection(@Root() project: Project, @Args() args: EvaluationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.evaluations, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Finding], { description: 'Findings reported by the evaluations of this project.' })
  findings(@Root() project: Project, @Args() args: FindingConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Finding>(PROJECT_MODEL.relations.findings, project.id, args);
  }

  @FieldResolver(() => FindingRelationConnection, { description: 'Findings reported by the evaluations of this project, as edges with the relationship\'s sources.' })
  findingsConnection(@Root() project: Project, @Args() args: FindingConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.findings, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Project], { description: 'Earlier projects this project scales or spreads.' })
  originProjects(@Root() project: Project, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(PROJECT_MODEL.relations.originProjects, project.id, args);
  }

  @FieldResolver(() => ProjectDerivationConnection, { description: 'Earlier projects this project scales or spreads, as edges with the relationship\'s facts and sources.' })
  originProjectsConnection(@Root() project: Project, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.originProjects, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Project], { description: 'Later projects that scale or spread this project.' })
  derivedProjects(@Root() project: Project, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(PROJECT_MODEL.relations.derivedProjects, project.id, args);
  }

  @FieldResolver(() => ProjectDerivationConnection, { description: 'Later projects that scale or spread this project, as edges with the relationship\'s facts and sources.' })
  derivedProjectsConnection(@Root() project: Project, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.derivedProjects, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Council], { description: 'Councils that adopted this project\'s model.' })
  adoptingCouncils(@Root() project: Project, @Args() args: CouncilConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Council>(PROJECT_MODEL.relations.adoptingCouncils, project.id, args);
  }

  @FieldResolver(() => CouncilAdoptionConnection, { description: 'Councils that adopted this project\'s model, as edges with the relationship\'s facts and sources.' })
  adoptingCouncilsConnection(@Root() project: Project, @Args() args: CouncilConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.adoptingCouncils, project.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Person], { description: 'People who announced this project.' })
  announcedBy(@Root() project: Project, @Args() args: PersonConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Person>(PROJECT_MODEL.relations.announcedBy, project.id, args);
  }

  @FieldResolver(() => PersonAnnouncementConnection, { description: 'People who announced this project, as edges with the relationship\'s facts and sources.' })
  announcedByConnection(@Root() project: Project, @Args() args: PersonConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROJECT_MODEL.relations.announcedBy, project.id, args, selectsField(info, 'totalCount'));
  }
}
