import { Field, Float, ID, InputType } from 'type-graphql';

/** Operators on ids. Compiled by compile-where.ts; every value becomes a Cypher parameter. */
@InputType({ description: 'Conditions on an id; all given operators must hold.' })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to this id.' })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'One of these ids.' })
  in?: string[];
}

@InputType({ description: 'Conditions on a text field (case-sensitive, but for the operators ending in "i"); all given operators must hold.' })
export class StringFilter {
  @Field({ nullable: true, description: 'Equal to this text.' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'One of these texts.' })
  in?: string[];

  @Field({ nullable: true, description: 'Contains this text.' })
  contains?: string;

  @Field({ nullable: true, description: 'Starts with this text.' })
  startsWith?: string;

  @Field({ nullable: true, description: 'Equal to this text, ignoring case.' })
  eqi?: string;

  @Field({ nullable: true, description: 'Contains this text, ignoring case.' })
  containsi?: string;

  @Field({ nullable: true, description: 'Starts with this text, ignoring case.' })
  startsWithi?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: the field has a value; false: it has none.' })
  exists?: boolean;
}

@InputType({ description: 'Conditions on a number; all given operators must hold.' })
export class NumberFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to this number.' })
  eq?: number;

  @Field(() => [Float], { nullable: true, description: 'One of these numbers.' })
  in?: number[];

  @Field(() => Float, { nullable: true, description: 'Less than this number.' })
  lt?: number;

  @Field(() => Float, { nullable: true, description: 'Less than or equal to this number.' })
  lte?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than this number.' })
  gt?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than or equal to this number.' })
  gte?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: the field has a value; false: it has none.' })
  exists?: boolean;
}

/**
 * Dates are stored as ISO strings of varying precision ("2014", "2014-12", "2014-12-01") and
 * compared as text, which orders them chronologically: "2016-03" is after "2016" and before "2017".
 */
@InputType({ description: 'Conditions on an ISO date ("2014", "2014-12" or "2014-12-01"), compared as text so that a shorter date sorts before the longer dates it contains; all given operators must hold.' })
export class DateFilter {
  @Field({ nullable: true, description: 'Equal to this date string.' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'One of these date strings.' })
  in?: string[];

  @Field({ nullable: true, description: 'Before this date.' })
  lt?: string;

  @Field({ nullable: true, description: 'Before or equal to this date.' })
  lte?: string;

  @Field({ nullable: true, description: 'After this date.' })
  gt?: string;

  @Field({ nullable: true, description: 'After or equal to this date.' })
  gte?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: the field has a value; false: it has none.' })
  exists?: boolean;
}
