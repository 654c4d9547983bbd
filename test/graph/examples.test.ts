import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OperationDefinitionNode, parse, validate } from 'graphql';
import { buildPublicSchema } from '../../src/schema';

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'schema', 'examples');
const examples = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.graphql')).sort();

describe('schema/examples', () => {
  const schema = buildPublicSchema();

  it('has an example for each question of issue 4', () => {
    expect(examples).toEqual(expect.arrayContaining([
      'lineage-no-wrong-door.graphql',
      'lineage-family-safeguarding.graphql',
      'scaled-adoptions-round-1-to-2.graphql',
      'neighbourhood-council.graphql',
      'paths-person-to-council.graphql',
      'stats.graphql',
      'search-adolescents.graphql',
      'timeline.graphql',
      'councils-scaled-round-1-in-round-2-filter.graphql',
      'round-one-projects-with-descendants.graphql',
      'findings-by-outcome-area.graphql',
      'projects-by-theme-and-round.graphql',
      'people-announcing-rounds.graphql',
      'councils-by-region-with-projects.graphql',
      'councils-without-projects.graphql',
    ]));
  });

  it.each(examples)('%s parses, validates against the schema and runs without variables', (file) => {
    const document = parse(readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations).toHaveLength(1);
    expect(operations[0].name?.value).toBeTruthy();
    // Runnable as is: every variable has a default or may be null.
    const required = (operations[0].variableDefinitions ?? []).filter((v) => v.type.kind === 'NonNullType' && !v.defaultValue);
    expect(required.map((v) => v.variable.name.value)).toEqual([]);
  });
});
