import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';
import { LimitExceededError, LimitName } from '../errors';
import { fieldDuplicationRule } from './field-duplication-rule';
import { introspectionCycleRule } from './introspection-cycle-rule';

/** How often one response key may appear in one selection set (merged copies do no useful work). */
export const MAX_FIELD_DUPLICATES = 10;

/** The limits on a document's shape, checked before anything executes. */
export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** When false, "Did you mean ...?" suggestions are removed from error messages. */
  introspection: boolean;
}

/**
 * graphql-armor's depth, alias and directive rules (each refusal becomes a coded
 * LimitExceededError naming the limit and the numbers; HTTP 400), its field-suggestion blocker
 * when introspection is off, rules against circular introspection and field duplication, and graphql-js's own parser
 * token limit (armor's token plugin throws inside Apollo's parsing hook, which Apollo answers with
 * a 500, so the parser's `maxTokens` does that part; src/plugins/mask-unexpected-errors.ts codes it).
 */
export function requestShapeLimits(limits: ShapeLimits): {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: ParseOptions;
} {
  const report = (limit: LimitName, max: number) => (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(new LimitExceededError(limit, max, found === undefined ? undefined : Number(found),
      `${LIMIT_LABELS[limit]} ${found ?? ''} exceeds the limit of ${max}.`.replace('  ', ' ')));
  };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [report('depth', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: [report('aliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [report('directives', limits.maxDirectives)] },
    blockFieldSuggestion: { enabled: !limits.introspection },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules: [...validationRules, introspectionCycleRule, fieldDuplicationRule(MAX_FIELD_DUPLICATES)],
    plugins,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** True for graphql-js's parse error when a document has more tokens than `maxTokens`; the number it names. */
export function tokenLimitOf(message: string): number | undefined {
  const match = /more th\w+ (\d+) tokens/.exec(message);
  return match ? Number(match[1]) : undefined;
}

const LIMIT_LABELS: Partial<Record<LimitName, string>> = {
  depth: 'Query depth',
  aliases: 'Number of aliases',
  directives: 'Number of directives',
};
