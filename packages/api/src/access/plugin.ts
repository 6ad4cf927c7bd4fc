import type { ApolloServerPlugin } from '@apollo/server';
import { auditActorOf } from '@goldenthread/db';
import {
  GraphQLError,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GqlContext } from '../context.js';
import { operationNotFound, refuseNulBytes } from './document-checks.js';
import { costError, estimateCost, type QueryLimits } from './limits.js';

/** Mutations anyone may call: the sign-in flow. Every other mutation needs a signed-in person. */
export const PUBLIC_MUTATIONS: ReadonlySet<string> = new Set(['signIn', 'refreshSession', 'signOut']);

/** The names of an operation's top-level fields, through fragments. */
export function topLevelFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const out: string[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel.name.value);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...topLevelFields(sel.selectionSet, fragments, seen));
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const frag = fragments.get(sel.name.value);
      if (frag) out.push(...topLevelFields(frag.selectionSet, fragments, seen));
    }
  }
  return out;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * The request pipeline's part of access control and hardening:
 * - before execution: an operation must be found (operationName); mutations other than the sign-in
 *   flow need a signed-in person (anonymous: UNAUTHENTICATED, API keys: FORBIDDEN), so every mutation
 *   of every feature is covered even before its own scope check; no string argument or variable may
 *   hold a NUL character; and the estimated cost is checked against the viewer's limit;
 * - during execution: a time limit, and the audit trail learns which mutation is running;
 * - in the response: "Did you mean ...?" schema suggestions only for signed-in people.
 */
export function accessPlugin(limits: QueryLimits): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request, schema }) {
          // Several operations and no operationName, or a name the document lacks: say so (graphql-js
          // would only find out when executing).
          if (!operation) throw operationNotFound(document, request.operationName);
          const op = operation as OperationDefinitionNode;
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
          const viewer = contextValue.access.viewer;
          contextValue.queryOnly = op.operation === 'query';
          if (op.operation === 'mutation') {
            const guarded = topLevelFields(op.selectionSet, fragments).filter((f) => !PUBLIC_MUTATIONS.has(f) && f !== '__typename');
            if (guarded.length && viewer.kind === 'anonymous') {
              throw new GraphQLError(`Sign in to make changes (${guarded[0]}).`, {
                extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
              });
            }
            if (guarded.length && viewer.kind === 'partner') {
              throw new GraphQLError(`API keys are read-only: partners cannot change anything (${guarded[0]}).`, {
                extensions: { code: 'FORBIDDEN', http: { status: 403 } },
              });
            }
          }
          refuseNulBytes(op, fragments, request.variables ?? {});
          const signedIn = viewer.kind === 'person' || viewer.kind === 'system';
          const max = signedIn ? limits.maxCostSignedIn : limits.maxCost;
          const cost = estimateCost(schema, op, fragments, request.variables ?? {}, limits.analysisBudget);
          if (cost > max) throw costError(cost, max, signedIn);
        },
        async executionDidStart({ contextValue }) {
          // Read by the resolvers guardResolvers wraps (no per-field plugin hook: Apollo's would wrap
          // every one of a big tree's ~350,000 fields).
          contextValue.deadline = Date.now() + limits.timeoutMs;
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          // graphql-js words the token limit oddly; say it plainly.
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
            const m = /Document contains more that (\d+) tokens/.exec(e.message);
            return m ? { ...e, message: `Syntax Error: this query has more than ${m[1]} tokens, the limit. Send a smaller query.` } : e;
          });
          if (contextValue?.access?.viewer.kind === 'person') return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
            e.message.includes('Did you mean') ? { ...e, message: e.message.replace(SUGGESTION, '') } : e,
          );
        },
      };
    },
  };
}

/**
 * Wraps every field that has a resolver of its own (loaders, services: where the time goes) with
 * the time limit, and every mutation with telling the audit trail which mutation is running. Plain
 * properties and the in-memory trees served with simple resolvers stay unwrapped, so they cost
 * nothing extra.
 */
export function guardResolvers(schema: GraphQLSchema, limits: QueryLimits): GraphQLSchema {
  const mutationType = schema.getMutationType();
  const message = `This request took longer than ${Math.round(limits.timeoutMs / 1000)} seconds and was stopped. Ask for less at once.`;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const isMutation = type === mutationType;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: GqlContext, info) => {
        if (context.deadline !== undefined && Date.now() > context.deadline) {
          throw new GraphQLError(message, { extensions: { code: 'TIMEOUT' } });
        }
        if (isMutation) {
          const actor = auditActorOf(context.em);
          if (actor) actor.operation = info.fieldName;
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
