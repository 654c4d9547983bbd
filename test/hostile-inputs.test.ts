import {
  buildClientSchema, getIntrospectionQuery, getNamedType, getNullableType, GraphQLArgument, GraphQLField, GraphQLInputType,
  GraphQLNamedType, GraphQLObjectType, GraphQLSchema, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType,
  isObjectType, isScalarType, IntrospectionQuery,
} from 'graphql';
import { RunningApp } from '../src/app';
import { hashGraph } from '../src/seed/graph-hash';
import { postGraphQL } from './helpers/http';
import { startLiveServer } from './helpers/live-server';

/** Strings an attacker would try: Cypher and Lucene injection, parameter names, control and astral characters, a long value. */
const HOSTILE = [
  "x' OR 1=1 //",
  'x"}) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n RETURN 1 //",
  '$p0',
  '*:* OR name:* AND \\ ~ ^ " ( ) [ ] { } / ?',
  '\u0000\u0007\uFFFF\uD835\uDD18 <script>alert(1)</script>',
  '../../../../etc/passwd',
  'x'.repeat(5000),
];

/** What must never reach a client: stacks, paths, driver internals. */
const LEAKS = /stacktrace|\/work\/|node_modules|Neo4jError|Neo\.(Client|Transient|Database)Error|at \S+ \(/;

interface Position {
  /** The field whose argument receives the value, and how to reach it from Query. */
  path: { field: GraphQLField<unknown, unknown>; parent: GraphQLObjectType }[];
  arg: GraphQLArgument;
  /** Where in the argument's value the string goes (input fields, list items). */
  inner: string[];
}

/** A valid value of `type` for required arguments and input fields that are not under test. */
function filler(type: GraphQLInputType, depth = 0): unknown {
  const named = getNamedType(type);
  const base = isListType(getNullableType(type)) ? (value: unknown) => [value] : (value: unknown) => value;
  if (isEnumType(named)) return base(named.getValues()[0].value);
  if (isScalarType(named)) {
    const scalar: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, ID: 'project:no-wrong-door', String: 'x', _Any: { __typename: 'Project', id: 'x' } };
    return base(scalar[named.name] ?? 'x');
  }
  if (isInputObjectType(named) && depth < 4) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = filler(field.type, depth + 1);
    }
    return base(value);
  }
  return base(null);
}

/** Every place a String or ID can go in `arg`, as paths of input field names ("[]" for a list item). */
function stringSlots(type: GraphQLInputType, seen: string[] = []): string[][] {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return stringSlots(nullable.ofType, seen).map((slot) => ['[]', ...slot]);
  if (isScalarType(nullable)) return ['String', 'ID'].includes(nullable.name) ? [[]] : [];
  if (!isInputObjectType(nullable) || seen.includes(nullable.name) || seen.length >= 2) return [];
  return Object.values(nullable.getFields()).flatMap((field) =>
    stringSlots(field.type, [...seen, nullable.name]).map((slot) => [field.name, ...slot]));
}

/** The value of `arg` with `text` at `inner` and fillers elsewhere. */
function valueAt(type: GraphQLInputType, inner: string[], text: string): unknown {
  if (inner.length === 0) return text;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (inner[0] === '[]' && isListType(nullable)) return [valueAt(nullable.ofType, inner.slice(1), text)];
  if (!isInputObjectType(nullable)) throw new Error(`no slot ${inner.join('.')}`);
  const field = nullable.getFields()[inner[0]];
  return { ...(filler(type) as object), [inner[0]]: valueAt(field.type, inner.slice(1), text) };
}

/** Shortest way from Query to every object type, through fields whose required arguments can be filled. */
function routes(schema: GraphQLSchema): Map<string, Position['path']> {
  const query = schema.getQueryType()!;
  const found = new Map<string, Position['path']>([[query.name, []]]);
  const queue: GraphQLObjectType[] = [query];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const field of Object.values(parent.getFields())) {
      const target = getNamedType(field.type) as GraphQLNamedType;
      if (!isObjectType(target) || found.has(target.name) || field.name.startsWith('_')) continue;
      found.set(target.name, [...found.get(parent.name)!, { field, parent }]);
      queue.push(target);
    }
  }
  return found;
}

function argumentsText(field: GraphQLField<unknown, unknown>, variable?: { arg: string; name: string }, fixed: Record<string, unknown> = {}): string {
  const parts = field.args.flatMap((arg) => {
    if (variable && arg.name === variable.arg) return [`${arg.name}: $${variable.name}`];
    if (arg.name in fixed) return [`${arg.name}: ${JSON.stringify(fixed[arg.name])}`];
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) return [`${arg.name}: ${literal(filler(arg.type))}`];
    if (arg.name === 'first') return ['first: 1'];
    return [];
  });
  return parts.length ? `(${parts.join(', ')})` : '';
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  if (typeof value === 'string' && /^[A-Z_]+$/.test(value)) return value;
  return JSON.stringify(value);
}

/** One operation putting every hostile string at `position`, one alias per string. */
function operationFor(position: Position, variableType: string): { query: string; variables: Record<string, unknown> } {
  const last = position.path[position.path.length - 1];
  const leaf = isLeafType(getNamedType(last.field.type)) ? '' : ' { __typename }';
  const aliases = HOSTILE.map((_, i) => `h${i}: ${last.field.name}${argumentsText(last.field, { arg: position.arg.name, name: `v${i}` })}${leaf}`).join(' ');
  let body = aliases;
  for (const step of position.path.slice(0, -1).reverse()) body = `${step.field.name}${argumentsText(step.field)} { ${body} }`;
  const declarations = HOSTILE.map((_, i) => `$v${i}: ${variableType}`).join(', ');
  const variables = Object.fromEntries(HOSTILE.map((text, i) => [`v${i}`, valueAt(position.arg.type, position.inner, text)]));
  return { query: `query Hostile(${declarations}) { ${body} }`, variables };
}

/**
 * Hostile strings through every String and ID argument and input field of the live API, found by
 * introspection (so new fields are covered without editing this test): never a 5xx, nothing
 * leaked, and the canonical graph hash unchanged.
 */
describe('hostile strings through every String/ID argument and input field', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startLiveServer('production', {}, { maxInFlight: 0 });
  });

  afterAll(() => app?.stop());

  it('answers each without a 5xx or a leak, and leaves the graph unchanged', async () => {
    const hashBefore = await hashGraph(app.graph.db);
    const introspection = await postGraphQL(app.url, getIntrospectionQuery());
    const schema = buildClientSchema(introspection.body.data as unknown as IntrospectionQuery);
    const positions: Position[] = [];
    for (const [typeName, path] of routes(schema)) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        for (const arg of field.args) {
          for (const inner of stringSlots(arg.type)) positions.push({ path: [...path, { field, parent: type }], arg, inner });
        }
      }
    }
    expect(positions.length).toBeGreaterThan(300);
    let requests = 0;
    const failures: string[] = [];
    for (const position of positions) {
      const { query, variables } = operationFor(position, String(position.arg.type));
      const { status, body } = await postGraphQL(app.url, query, variables);
      requests += 1;
      const where = `${position.path.map((s) => s.field.name).join('.')}(${position.arg.name}${position.inner.length ? `.${position.inner.join('.')}` : ''})`;
      if (status >= 500) failures.push(`${where}: HTTP ${status} ${JSON.stringify(body.errors?.[0])}`);
      if (LEAKS.test(JSON.stringify(body))) failures.push(`${where}: leaked ${JSON.stringify(body).slice(0, 300)}`);
    }
    expect(failures).toEqual([]);
    expect(await hashGraph(app.graph.db)).toBe(hashBefore);
    process.stderr.write(`[hostile] ${HOSTILE.length} strings x ${positions.length} argument and input positions, ${requests} requests\n`);
  }, 600000);
});
