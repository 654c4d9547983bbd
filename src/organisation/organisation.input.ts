import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { IdFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { EvaluationRelationFilter } from '../evaluation/evaluation.input';
import { PersonRelationFilter } from '../person/person.input';
import { ProjectRelationFilter } from '../project/project.input';

/** Fields organisations can be sorted on; each value is a field of ORGANISATION_MODEL. */
export enum OrganisationSortField {
  ID = 'id',
  NAME = 'name',
  KIND = 'kind',
  SUMMARY = 'summary',
}

registerEnumType(OrganisationSortField, { name: 'OrganisationSortField', description: 'Fields organisations can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on organisations: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class OrganisationWhere {
  @Field(() => [OrganisationWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: OrganisationWhere[];

  @Field(() => [OrganisationWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: OrganisationWhere[];

  @Field(() => OrganisationWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: OrganisationWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `kind`.' })
  kind?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `summary`.' })
  summary?: StringFilter;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `projectsLed` (projects this organisation leads).' })
  projectsLed?: RelationFilterValue<Where>;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `partnerships` (projects this organisation is a partner in).' })
  partnerships?: RelationFilterValue<Where>;

  @Field(() => PersonRelationFilter, { nullable: true, description: 'Conditions on the people of `people` (people who held a role in this organisation).' })
  people?: RelationFilterValue<Where>;

  @Field(() => EvaluationRelationFilter, { nullable: true, description: 'Conditions on the evaluations of `evaluations` (evaluations this organisation carried out).' })
  evaluations?: RelationFilterValue<Where>;
}

export const OrganisationOrder = createOrderInput('Organisation', OrganisationSortField);

export const OrganisationRelationFilter = createRelationFilter('Organisation', () => OrganisationWhere);
