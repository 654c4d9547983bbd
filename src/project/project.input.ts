import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { DateFilter, IdFilter, NumberFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { CouncilRelationFilter } from '../council/council.input';
import { EvaluationRelationFilter } from '../evaluation/evaluation.input';
import { FindingRelationFilter } from '../finding/finding.input';
import { FundingRoundRelationFilter } from '../funding-round/funding-round.input';
import { OrganisationRelationFilter } from '../organisation/organisation.input';
import { PersonRelationFilter } from '../person/person.input';
import { ThemeRelationFilter } from '../theme/theme.input';

/** Fields projects can be sorted on; each value is a field of PROJECT_MODEL. */
export enum ProjectSortField {
  ID = 'id',
  NAME = 'name',
  SUMMARY = 'summary',
  START_DATE = 'startDate',
  END_DATE = 'endDate',
  GRANT_GBP = 'grantGbp',
  STATUS = 'status',
}

registerEnumType(ProjectSortField, { name: 'ProjectSortField', description: 'Fields projects can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on projects: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class ProjectWhere {
  @Field(() => [ProjectWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: ProjectWhere[];

  @Field(() => [ProjectWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: ProjectWhere[];

  @Field(() => ProjectWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: ProjectWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `summary`.' })
  summary?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `startDate`.' })
  startDate?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `endDate`.' })
  endDate?: DateFilter;

  @Field(() => NumberFilter, { nullable: true, description: 'Conditions on `grantGbp`.' })
  grantGbp?: NumberFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `status`.' })
  status?: StringFilter;

  @Field(() => CouncilRelationFilter, { nullable: true, description: 'Conditions on the councils of `leadCouncils` (councils that lead this project).' })
  leadCouncils?: RelationFilterValue<Where>;

  @Field(() => OrganisationRelationFilter, { nullable: true, description: 'Conditions on the organisations of `leadOrganisations` (organisations (not councils) that lead this project).' })
  leadOrganisations?: RelationFilterValue<Where>;

  @Field(() => CouncilRelationFilter, { nullable: true, description: 'Conditions on the councils of `partnerCouncils` (councils that are partners in this project).' })
  partnerCouncils?: RelationFilterValue<Where>;

  @Field(() => OrganisationRelationFilter, { nullable: true, description: 'Conditions on the organisations of `partnerOrganisations` (organisations that are partners in this project).' })
  partnerOrganisations?: RelationFilterValue<Where>;

  @Field(() => FundingRoundRelationFilter, { nullable: true, description: 'Conditions on the funding rounds of `rounds` (funding rounds that funded this project).' })
  rounds?: RelationFilterValue<Where>;

  @Field(() => ThemeRelationFilter, { nullable: true, description: 'Conditions on the themes of `themes` (themes of this project).' })
  themes?: RelationFilterValue<Where>;

  @Field(() => EvaluationRelationFilter, { nullable: true, description: 'Conditions on the evaluations of `evaluations` (evaluations of this project).' })
  evaluations?: RelationFilterValue<Where>;

  @Field(() => FindingRelationFilter, { nullable: true, description: 'Conditions on the findings of `findings` (findings reported by the evaluations of this project).' })
  findings?: RelationFilterValue<Where>;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `originProjects` (earlier projects this project scales or spreads).' })
  originProjects?: RelationFilterValue<Where>;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `derivedProjects` (later projects that scale or spread this project).' })
  derivedProjects?: RelationFilterValue<Where>;

  @Field(() => CouncilRelationFilter, { nullable: true, description: 'Conditions on the councils of `adoptingCouncils` (councils that adopted this project\'s model).' })
  adoptingCouncils?: RelationFilterValue<Where>;

  @Field(() => PersonRelationFilter, { nullable: true, description: 'Conditions on the people of `announcedBy` (people who announced this project).' })
  announcedBy?: RelationFilterValue<Where>;
}

export const ProjectOrder = createOrderInput('Project', ProjectSortField);

export const ProjectRelationFilter = createRelationFilter('Project', () => ProjectWhere);
