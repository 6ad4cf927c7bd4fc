/**
 * The Apollo plugin that answers repeated published queries from the AnswerCache.
 *
 * responseForOperation runs after parsing, validation and didResolveOperation: the operation was
 * found, mutations were refused to anonymous callers and keys, and the cost was checked against the
 * viewer's limit, on every request, kept answer or not; rate limits and the recording of a key's use
 * come before GraphQL (the HTTP app's hooks). Only queries of viewers who see published data only are
 * kept: anonymous callers (one class) and each API key (its own class: `viewer` names the key). A
 * signed-in person's or the system's request never reads or fills the cache. Only answers with data
 * and no errors are kept (no refusals, no time limits, no partial answers).
 *
 * The key: the document's hash (Apollo's, also that of an automatic persisted query), the operation
 * name, the variables as sent, the viewer's class and the day (UTC: answers that depend on today,
 * such as who has left, turn over at midnight). Operations of `__typename` alone are not kept.
 */
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { Kind, print, type FragmentDefinitionNode } from 'graphql';
import { readDataVersion } from '@goldenthread/db';
import { topLevelFields } from '../access/plugin.js';
import type { GqlContext } from '../context.js';
import type { AnswerCache, AnswerData } from './answer-cache.js';

/** Response header: `hit` for a kept answer, `miss` for one computed here (and kept when within the budget). */
export const ANSWER_CACHE_HEADER = 'x-answer-cache';

/** The cache class of a viewer, or null for viewers whose answers are never kept. */
export function viewerClass(viewer: GqlContext['access']['viewer']): string | null {
  if (viewer.kind === 'anonymous') return 'anonymous';
  if (viewer.kind === 'partner') return `key:${viewer.apiKeyId}`;
  return null;
}

/** An operation of `__typename` alone reads no data: answered afresh, it costs less than a lookup. */
function readsNothing({ operation, document }: GraphQLRequestContext<GqlContext>): boolean {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document!.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return topLevelFields(operation!.selectionSet, fragments).every((f) => f === '__typename');
}

/** @param waitMs how long a request waits for the same answer being computed by another (the time limit). */
export function answerCachePlugin(cache: AnswerCache, waitMs: number): ApolloServerPlugin<GqlContext> {
  return {
    requestDidStart: async () => {
      /** Set when this request computes an answer the cache may keep. */
      let computing: { key: string; version: number } | undefined;
      const settle = (data: AnswerData | null) => {
        if (!computing) return;
        cache.settle(computing.key, computing.version, data);
        computing = undefined;
      };
      return {
        responseForOperation: async (request: GraphQLRequestContext<GqlContext>) => {
          const { operation, contextValue, queryHash, document } = request;
          if (!cache.enabled || operation?.operation !== 'query') return null;
          const kind = viewerClass(contextValue.access.viewer);
          if (!kind || readsNothing(request)) return null;
          const version = await readDataVersion(contextValue.em);
          if (version === null || !cache.at(version)) return null;
          const key = [
            queryHash ?? print(document!),
            request.request.operationName ?? '',
            kind,
            new Date().toISOString().slice(0, 10),
            JSON.stringify(request.request.variables ?? {}),
          ].join('\u0000');
          const joined = cache.get(key) ?? cache.join(key, version, waitMs);
          if (joined === null) {
            // This request computes the answer; others asking for it meanwhile wait for it.
            computing = { key, version };
            return null;
          }
          const kept = await joined;
          if (!kept) return null; // the request computing it failed or took too long: computed here, not kept
          return {
            http: { status: undefined, headers: new HeaderMap([[ANSWER_CACHE_HEADER, 'hit']]) },
            body: { kind: 'single', singleResult: { data: kept } },
          };
        },
        willSendResponse: async ({ response }) => {
          if (!computing) return;
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : undefined;
          const keepable = result?.data && !result.errors?.length && !result.extensions && (response.http.status ?? 200) === 200;
          if (keepable) response.http.headers.set(ANSWER_CACHE_HEADER, 'miss');
          settle(keepable ? (result.data as AnswerData) : null);
        },
        didEncounterErrors: async () => settle(null),
      };
    },
  };
}
