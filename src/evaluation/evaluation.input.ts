import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { DateFilter, IdFilter, NumberFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { FindingRelationFilter } from '../finding/finding.input';
import { OrganisationRelationFilter } from '../organisation/organisation.input';
import { PersonRelationFilter } from '../person/person.input';
import { ProjectRelationFilter } from '../project/project.input';

/** Fields evaluations can be sorted on; each value is a field of EVALUATION_MODEL. */
export enum EvaluationSortField {
  ID = 'id',
  TITLE = 'title',
  DATE = 'date',
  URL = 'url',
  REPORT_NUMBER = 'reportNumber',
}

registerEnumType(EvaluationSortField, { name: 'EvaluationSortField', description: 'Fields evaluations can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on evaluations: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class EvaluationWhere {
  @Field(() => [EvaluationWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: EvaluationWhere[];

  @Field(() => [EvaluationWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: EvaluationWhere[];

  @Field(() => EvaluationWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: EvaluationWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `title`.' })
  title?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `date`.' })
  date?: DateFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `url`.' })
  url?: StringFilter;

  @Field(() => NumberFilter, { nullable: true, description: 'Conditions on `reportNumber`.' })
  reportNumber?: NumberFilter;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `projects` (projects this evaluation evaluates).' })
  projects?: RelationFilterValue<Where>;

  @Field(() => OrganisationRelationFilter, { nullable: true, description: 'Conditions on the organisations of `evaluatorOrganisations` (organisations that carried out this evaluation).' })
  evaluatorOrganisations?: RelationFilterValue<Where>;

  @Field(() => PersonRelationFilter, { nullable: true, description: 'Conditions on the people of `evaluatorPeople` (people who carried out this evaluation).' })
  evaluatorPeople?: RelationFilterValue<Where>;

  @Field(() => FindingRelationFilter, { nullable: true, description: 'Conditions on the findings of `findings` (findings this evaluation reports).' })
  findings?: RelationFilterValue<Where>;
}

export const EvaluationOrder = createOrderInput('Evaluation', EvaluationSortField);

export const EvaluationRelationFilter = createRelationFilter('Evaluation', () => EvaluationWhere);
