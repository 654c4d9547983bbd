import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { IdFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter, RelationFilterValue } from '../shared/filter/relation-filter';
import { EvaluationRelationFilter } from '../evaluation/evaluation.input';
import { FundingRoundRelationFilter } from '../funding-round/funding-round.input';
import { CouncilRelationFilter } from '../council/council.input';
import { OrganisationRelationFilter } from '../organisation/organisation.input';
import { ProgrammeRelationFilter } from '../programme/programme.input';
import { ProjectRelationFilter } from '../project/project.input';

/** Fields people can be sorted on; each value is a field of PERSON_MODEL. */
export enum PersonSortField {
  ID = 'id',
  NAME = 'name',
}

registerEnumType(PersonSortField, { name: 'PersonSortField', description: 'Fields people can be sorted on.' });

/** Any entity's filter, for relation fields (the GraphQL types are exact). */
type Where = Record<string, unknown>;

@InputType({ description: 'Conditions on people: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class PersonWhere {
  @Field(() => [PersonWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: PersonWhere[];

  @Field(() => [PersonWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: PersonWhere[];

  @Field(() => PersonWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: PersonWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `name`.' })
  name?: StringFilter;

  @Field(() => OrganisationRelationFilter, { nullable: true, description: 'Conditions on the organisations of `organisations` (organisations this person held a role in).' })
  organisations?: RelationFilterValue<Where>;

  @Field(() => CouncilRelationFilter, { nullable: true, description: 'Conditions on the councils of `councils` (councils this person held a role in).' })
  councils?: RelationFilterValue<Where>;

  @Field(() => EvaluationRelationFilter, { nullable: true, description: 'Conditions on the evaluations of `evaluations` (evaluations this person carried out).' })
  evaluations?: RelationFilterValue<Where>;

  @Field(() => FundingRoundRelationFilter, { nullable: true, description: 'Conditions on the funding rounds of `announcedRounds` (funding rounds this person announced).' })
  announcedRounds?: RelationFilterValue<Where>;

  @Field(() => ProgrammeRelationFilter, { nullable: true, description: 'Conditions on the programmes of `announcedProgrammes` (programmes this person announced).' })
  announcedProgrammes?: RelationFilterValue<Where>;

  @Field(() => ProjectRelationFilter, { nullable: true, description: 'Conditions on the projects of `announcedProjects` (projects this person announced).' })
  announcedProjects?: RelationFilterValue<Where>;
}

export const PersonOrder = createOrderInput('Person', PersonSortField);

export const PersonRelationFilter = createRelationFilter('Person', () => PersonWhere);
