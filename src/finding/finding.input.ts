import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { IdFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { EvaluationRelationFilter } from '../evaluation/evaluation.input';
import { ProjectRelationFilter } from '../project/project.input';
import { ThemeRelationFilter } from '../theme/theme.input';

/** Fields findings can be sorted on; each value is a field of FINDING_MODEL. */
export enum FindingSortField {
  ID = 'id',
  STATEMENT = 'statement',
  DIRECTION = 'direction',
  OUTCOME_AREA = 'outcomeArea',
}

registerEnumType(FindingSortField, { name: 'FindingSortField', description: 'Fields findings can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on findings: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class FindingWhere {
  @Field(() => [FindingWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: FindingWhere[];

  @Field(() => [FindingWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: FindingWhere[];

  @Field(() => FindingWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: FindingWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `statement`.' })
  statement?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `direction`.' })
  direction?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `outcomeArea`.' })
  outcomeArea?: StringFilter;

  @Field(() => EvaluationRelationFilter, { nullable: true, description: 'Conditions on the evaluation of `evaluation` (the evaluation that reports this finding).' })
  evaluation?: RelationFilterValue<Where>;

  @Field(() => ThemeRelationFilter, { nullable: true, description: 'Conditions on the themes of `themes` (themes of this finding).' })
  themes?: RelationFilterValue<Where>;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `projects` (projects evaluated by the evaluation that reports this finding).' })
  projects?: RelationFilterValue<Where>;
}

export const FindingOrder = createOrderInput('Finding', FindingSortField);

export const FindingRelationFilter = createRelationFilter('Finding', () => FindingWhere);
