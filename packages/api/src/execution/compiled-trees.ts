/**
 * Compiled execution for the queries that return big in-memory trees.
 *
 * graphql-js completes every field of a response one by one: for the accountability tree of a
 * 20,000-person council that is ~350,000 fields and most of the request's time. graphql-jit compiles
 * an operation once into a function that builds the same response (same resolvers, same
 * serialisation) several times faster. It is used only where it pays and where the semantics are
 * plain: queries whose top-level fields are all in TREE_FIELDS (built whole in memory, served with
 * simple resolvers). Everything else, and any request that ends with an error, goes through Apollo's
 * ordinary execution, so errors are formatted, logged and coded in exactly one place.
 */
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, print, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type * as GraphqlJit from 'graphql-jit';
import { createRequire } from 'node:module';
import { expandedSelections } from '../access/limits.js';
import { topLevelFields } from '../access/plugin.js';
import type { GqlContext } from '../context.js';

// The CommonJS build, so it shares type-graphql's graphql module ("another module or realm").
const { compileQuery, isCompiledQuery } = createRequire(import.meta.url)('graphql-jit') as typeof GraphqlJit;

/** Query fields answered from trees built whole in memory (see STYLE.md on big trees). */
export const TREE_FIELDS: ReadonlySet<string> = new Set(['accountabilityTree', 'accountabilityFindings', 'organisationTree', 'cascade']);

type Compiled = GraphqlJit.CompiledQuery;

/**
 * Compiling takes time in proportion to the operation with its fragments expanded (a fragment spread
 * twice is compiled twice): an operation bigger than this expanded is left to ordinary execution,
 * which collects each fragment once. Tree queries select a few dozen fields.
 */
export const MAX_COMPILED_SELECTIONS = 1000;

/** A small least-recently-used map of compiled operations, owned by one server. */
class CompiledCache {
  private readonly map = new Map<string, Compiled | null>();
  constructor(private readonly max: number) {}
  get(key: string): Compiled | null | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: Compiled | null): void {
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

/** True when every top-level field of the query operation is a tree field. */
export function isTreeQuery(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  fields: ReadonlySet<string> = TREE_FIELDS,
): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const names = topLevelFields(operation.selectionSet, fragments).filter((f) => f !== '__typename');
  return names.length > 0 && names.every((f) => fields.has(f));
}

export interface CompiledTreesOptions {
  /** The time limit a request gets (what accessPlugin's executionDidStart would set). */
  timeoutMs: number;
  /** How many compiled operations to keep (default 100). */
  cacheSize?: number;
  fields?: ReadonlySet<string>;
}

export interface CompiledTreesStats {
  /** Operations compiled (each is compiled once, then kept). */
  compiled: number;
  /** Requests answered by compiled execution. */
  answered: number;
  /** Tree requests handed back to ordinary execution (errors, operations graphql-jit cannot compile). */
  handedBack: number;
}

/**
 * Compiled execution of one server: its Apollo plugin (responseForOperation runs after parsing,
 * validation and didResolveOperation, so the depth, alias and cost limits have already been applied)
 * and its figures.
 */
export class CompiledTrees {
  private readonly cache: CompiledCache;
  private readonly fields: ReadonlySet<string>;
  private readonly figures: CompiledTreesStats = { compiled: 0, answered: 0, handedBack: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: CompiledTreesOptions,
  ) {
    this.cache = new CompiledCache(options.cacheSize ?? 100);
    this.fields = options.fields ?? TREE_FIELDS;
  }

  stats(): CompiledTreesStats {
    return { ...this.figures };
  }

  plugin(): ApolloServerPlugin<GqlContext> {
    return {
      requestDidStart: async () => ({
        responseForOperation: async ({ operation, document, request, queryHash, contextValue }): Promise<GraphQLResponse | null> => {
          if (!isTreeQuery(operation, document, this.fields)) return null;
          const compiled = this.compiledFor(document, operation, queryHash ?? print(document), request.operationName);
          if (!compiled) {
            this.figures.handedBack++;
            return null;
          }
          contextValue.deadline = Date.now() + this.options.timeoutMs;
          const result = await compiled.query(undefined, contextValue, request.variables ?? {});
          // Errors (not found, refused, bad arguments, time limit): the ordinary path runs the
          // operation again and reports them the one way every other request does.
          if (result.errors?.length || !result.data) {
            this.figures.handedBack++;
            return null;
          }
          this.figures.answered++;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      }),
    };
  }

  private compiledFor(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    queryHash: string,
    operationName: string | undefined,
  ): Compiled | null {
    const key = `${queryHash}\u0000${operationName ?? ''}`;
    let compiled = this.cache.get(key);
    if (compiled === undefined) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
      if (expandedSelections(operation, fragments, MAX_COMPILED_SELECTIONS + 1) > MAX_COMPILED_SELECTIONS) {
        this.cache.set(key, null);
        return null;
      }
      const made = compileQuery(this.schema, document, operationName);
      compiled = isCompiledQuery(made) ? made : null;
      if (compiled) this.figures.compiled++;
      this.cache.set(key, compiled);
    }
    return compiled;
  }
}
