import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';

/*
 * The `products` subgraph that Apollo's subgraph compatibility suite expects (its products.graphql),
 * written as type-graphql classes: every federation directive comes from `@Directive`.
 */

@ObjectType({ description: 'A variation of a product.' })
export class ProductVariation {
  @Field(() => ID, { description: 'Variation id.' })
  id!: string;
}

@Directive('@shareable')
@ObjectType({ description: 'Size and weight of a product; shared with the inventory subgraph.' })
export class ProductDimension {
  @Field(() => String, { nullable: true, description: 'Size class.' })
  size!: string | null;

  @Field(() => Float, { nullable: true, description: 'Weight.' })
  weight!: number | null;

  @Directive('@inaccessible')
  @Field(() => String, { nullable: true, description: 'Unit of the weight; hidden from the supergraph.' })
  unit!: string | null;
}

@ObjectType({ description: 'A case study.' })
export class CaseStudy {
  @Field(() => ID, { description: 'Case number.' })
  caseNumber!: string;

  @Field(() => String, { nullable: true, description: 'What the study covered.' })
  description!: string | null;
}

@Directive('@key(fields: "study { caseNumber }")')
@ObjectType({ description: 'Research on a product, keyed by a nested field.' })
export class ProductResearch {
  @Field(() => CaseStudy, { description: 'The study.' })
  study!: CaseStudy;

  @Field(() => String, { nullable: true, description: 'What the study found.' })
  outcome?: string | null;
}

@Directive('@extends')
@Directive('@key(fields: "email")')
@ObjectType({ description: 'A user, owned by the users subgraph.' })
export class User {
  @Directive('@requires(fields: "totalProductsCreated yearsOfEmployment")')
  @Field(() => Int, { nullable: true, description: 'Products per year of employment.' })
  averageProductsCreatedPerYear?: number | null;

  @Directive('@external')
  @Field(() => ID, { description: 'E-mail address.' })
  email!: string;

  @Directive('@override(from: "users")')
  @Field(() => String, { nullable: true, description: 'Name, taken over from the users subgraph.' })
  name?: string | null;

  @Directive('@external')
  @Field(() => Int, { nullable: true, description: 'Products this user created.' })
  totalProductsCreated?: number | null;

  @Directive('@external')
  @Field(() => Int, { description: 'Years with the company.' })
  yearsOfEmployment!: number;
}

@Directive('@custom')
@Directive('@key(fields: "id")')
@Directive('@key(fields: "sku package")')
@Directive('@key(fields: "sku variation { id }")')
@ObjectType({ description: 'A product, resolvable by three keys.' })
export class Product {
  @Field(() => ID, { description: 'Product id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Stock keeping unit.' })
  sku!: string | null;

  @Field(() => String, { nullable: true, description: 'Package name.' })
  package!: string | null;

  @Field(() => ProductVariation, { nullable: true, description: 'The variation.' })
  variation?: ProductVariation | null;

  @Field(() => ProductDimension, { nullable: true, description: 'Size and weight.' })
  dimensions?: ProductDimension | null;

  @Directive('@provides(fields: "totalProductsCreated")')
  @Field(() => User, { nullable: true, description: 'Who created it.' })
  createdBy?: User | null;

  @Directive('@tag(name: "internal")')
  @Field(() => String, { nullable: true, description: 'Internal notes.' })
  notes?: string | null;

  @Field(() => [ProductResearch], { description: 'Research on the product.' })
  research?: ProductResearch[];
}

@Directive('@key(fields: "sku package")')
@ObjectType({ description: 'A product kept for old clients.' })
export class DeprecatedProduct {
  @Field({ description: 'Stock keeping unit.' })
  sku!: string;

  @Field({ description: 'Package name.' })
  package!: string;

  @Field(() => String, { nullable: true, description: 'Why it is deprecated.' })
  reason!: string | null;

  @Field(() => User, { nullable: true, description: 'Who created it.' })
  createdBy?: User | null;
}

@Directive('@interfaceObject')
@Directive('@key(fields: "id")')
@ObjectType({ description: 'The Inventory interface of the inventory subgraph, seen as an object here.' })
export class Inventory {
  @Field(() => ID, { description: 'Inventory id.' })
  id!: string;

  @Field(() => [DeprecatedProduct], { description: 'Deprecated products in this inventory.' })
  deprecatedProducts!: DeprecatedProduct[];
}
