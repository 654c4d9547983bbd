import 'reflect-metadata';
import { GraphQLInputObjectType } from 'graphql';
import { buildPublicSchema } from '../../schema';
import { NODE_LABELS } from '../../neo4j/migrations';
import { CypherParams } from '../cypher-params';
import { entityModel } from '../model/entity-models';
import { compileWhere } from './compile-where';

describe('compileWhere', () => {
  it('puts every value in a parameter and only allow-listed names in the text', () => {
    const params = new CypherParams();
    const cypher = compileWhere(entityModel('Project'), {
      name: { startsWith: "x' OR 1=1 //" },
      OR: [{ grantGbp: { gte: 10 } }, { NOT: { status: { in: ['active'] } } }],
    }, 'n', params);
    expect(cypher).toBe('n.name STARTS WITH $p0 AND (n.grantGbp >= $p1 OR NOT coalesce(n.status IN $p2, false))');
    expect(params.values).toEqual({ p0: "x' OR 1=1 //", p1: 10, p2: ['active'] });
  });

  it('compiles case-insensitive operators with both sides lower-cased, and exists to IS [NOT] NULL', () => {
    const params = new CypherParams();
    const cypher = compileWhere(entityModel('Project'), {
      name: { containsi: 'SAFEGUARDING', startsWithi: 'fam', eqi: 'Family' },
      grantGbp: { exists: false },
      NOT: { endDate: { exists: true } },
    }, 'n', params);
    expect(cypher).toBe(
      'toLower(n.name) CONTAINS toLower($p0) AND toLower(n.name) STARTS WITH toLower($p1) AND toLower(n.name) = toLower($p2) AND ' +
      'n.grantGbp IS NULL AND NOT coalesce(n.endDate IS NOT NULL, false)',
    );
    expect(params.values).toEqual({ p0: 'SAFEGUARDING', p1: 'fam', p2: 'Family' });
    expect(() => compileWhere(entityModel('Project'), { id: { containsi: 'x' } }, 'n', new CypherParams()))
      .toThrow('operator on a id field must be one of eq, in, but got: containsi');
  });

  it('compiles some, none and all to EXISTS subqueries over the relation pattern', () => {
    const params = new CypherParams();
    const cypher = compileWhere(entityModel('Council'), {
      projectsLed: { none: {} },
      adopted: { some: { rounds: { all: { number: { eq: 2 } } } } },
    }, 'n', params);
    expect(cypher).toBe(
      'NOT EXISTS { MATCH (n)-[:LEADS]->(m0:Project) } AND ' +
      'EXISTS { MATCH (n)-[:ADOPTS]->(m1:Project) WHERE NOT EXISTS { MATCH (m1)-[:FUNDED_IN]->(m2:FundingRound) WHERE NOT coalesce(m2.number = $p0, false) } }',
    );
    expect(params.values).toEqual({ p0: 2 });
  });

  it('walks two-hop relations through their intermediate label', () => {
    const cypher = compileWhere(entityModel('Project'), { findings: { some: { direction: { eq: 'positive' } } } }, 'n', new CypherParams());
    expect(cypher).toBe('EXISTS { MATCH (n)<-[:EVALUATES]-(:Evaluation)-[:REPORTS]->(m0:Finding) WHERE m0.direction = $p0 }');
  });

  it('returns null for an empty filter and refuses names outside the allow-list', () => {
    expect(compileWhere(entityModel('Project'), {}, 'n', new CypherParams())).toBeNull();
    expect(() => compileWhere(entityModel('Project'), { 'name) DETACH DELETE n //': { eq: 1 } }, 'n', new CypherParams())).toThrow(TypeError);
    expect(() => compileWhere(entityModel('Project'), { grantGbp: { contains: '1' } }, 'n', new CypherParams())).toThrow(/must be one of eq, in, lt/);
  });

  it('offers in each <Entity>Where input exactly the fields and relations of the entity model', () => {
    const schema = buildPublicSchema();
    for (const label of NODE_LABELS) {
      const model = entityModel(label);
      const input = schema.getType(`${label}Where`) as GraphQLInputObjectType;
      const offered = Object.keys(input.getFields()).sort();
      const allowed = ['AND', 'OR', 'NOT', ...Object.keys(model.fields), ...Object.keys(model.relations)].sort();
      expect({ label, offered }).toEqual({ label, offered: allowed });
    }
  });
});
