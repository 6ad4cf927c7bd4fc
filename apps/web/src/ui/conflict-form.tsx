/**
 * The wiring every edit form of a versioned record repeats around useVersionConflict (conflict.tsx): read the
 * record as stored ('no-cache' while the person chooses, so the form keeps their values; 'network-only' after
 * "take theirs", so the page and the version sent are the stored ones), and the panel's two answers.
 */
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useRef, useState } from 'react';
import {
  type ConflictField,
  ConflictNotice,
  ConflictPanel,
  notDone,
  type Stored,
  stepWords,
  type VersionConflict,
  useVersionConflict,
} from './conflict.js';
import { EMPTY_VALUE } from './conflict.model.js';
import { formatDate } from './dates.js';

/** A date field's value as the conflict panel words it ("4 Mar 2025"; none: "(empty)"). */
export const dateShown = (v: string): string => (v ? formatDate(v) : EMPTY_VALUE);

export type ReadPolicy = 'no-cache' | 'network-only';
export type ReadStored<V> = (policy: ReadPolicy) => Promise<Stored<V> | null>;

/** A versioned record read by a query (`variables` null: there is no record to read). */
export function useStored<Q, A extends Record<string, unknown>, V>(
  query: TypedDocumentNode<Q, A>,
  variables: A | null,
  pick: (data: Q) => Stored<V> | null,
): ReadStored<V> {
  const client = useApolloClient();
  return async (policy) => {
    if (!variables) return null;
    const res = await client.query({ query, variables, fetchPolicy: policy } as never);
    return res.data ? pick(res.data as Q) : null;
  };
}

/** A versioned record read by `node(id:)` (or any query of one variable `id`). */
export function useStoredNode<Q, V>(
  query: TypedDocumentNode<Q, { id: string }>,
  id: string | undefined,
  pick: (data: Q) => Stored<V> | null,
): ReadStored<V> {
  return useStored(query, id ? { id } : null, pick);
}

type NodeOf<Q> = Q extends { node?: infer N } ? NonNullable<N> : never;

/**
 * A versioned record read by `node(id:)` when it is of `typename` (`values`: the form's values of it). The
 * common case of useStoredNode.
 */
export function useStoredNodeOf<Q extends { node?: { __typename?: string } | null }, T extends string, V>(
  query: TypedDocumentNode<Q, { id: string }>,
  id: string | undefined,
  typename: T,
  values: (node: Extract<NodeOf<Q>, { __typename?: T }>) => V,
): ReadStored<V> {
  return useStoredNode(query, id, (d) => {
    const n = nodeOf(d.node, typename) as (Extract<NodeOf<Q>, { __typename?: T }> & { version?: number }) | null;
    return n && typeof n.version === 'number' ? { version: n.version, values: values(n) } : null;
  });
}

/** The node of a `node(id:)` answer when it is of `typename`, else null. */
export function nodeOf<N extends { __typename?: string }, T extends string>(
  node: N | null | undefined,
  typename: T,
): Extract<N, { __typename?: T }> | null {
  return node?.__typename === typename ? (node as Extract<N, { __typename?: T }>) : null;
}

export interface ConflictForm<V> extends VersionConflict<V> {
  /** Reads the record as stored (see ReadStored). */
  read: ReadStored<V>;
  /**
   * Like guard, but a stale version answered by the panel resolves to null instead of throwing: for a form
   * whose frame shows every error (the panel says it all). Other errors, and a clash whose record was not found, go on.
   */
  quiet: <R>(base: V, mine: V, save: () => Promise<R>) => Promise<R | null>;
}

/** useVersionConflict over a stored record read with `read`. */
export function useConflictForm<V>(fields: ReadonlyArray<ConflictField<V>>, read: ReadStored<V>): ConflictForm<V> {
  const found = useRef(false);
  const c = useVersionConflict<V>(fields, async () => {
    found.current = false;
    const stored = await read('no-cache');
    found.current = stored !== null;
    return stored;
  });
  return {
    ...c,
    read,
    quiet: async (base, mine, save) => {
      found.current = false;
      try {
        return await c.guard(base, mine, save);
      } catch (err) {
        if (found.current) return null;
        throw err;
      }
    },
  };
}

/**
 * The panel while the person chooses, then the notice of what the choice did. Keep mine sends the form again
 * (`submit`) with the stored version; take theirs puts the stored values in the form (`show`) and reloads the record.
 * With `step` (a form that does a step on the record as read, e.g. 'move this action') the buttons are the step's:
 * do it anyway sends it again at the stored version, cancel does nothing and says so.
 */
export function ConflictAnswer<V>({
  c,
  what,
  busy,
  submit,
  show,
  step,
}: {
  c: ConflictForm<V>;
  /** The record, in words ("this person's record"). */
  what: string;
  busy: boolean;
  submit: () => unknown;
  show: (theirs: V) => void;
  step?: string;
}) {
  // A step's notice says what cancel left undone; after do it anyway the form's own answer says what was done.
  const [cancelled, setCancelled] = useState(false);
  if (c.conflict)
    return (
      <ConflictPanel
        conflict={c.conflict}
        what={what}
        busy={busy}
        seen={step ? stepWords(step) : undefined}
        onKeepMine={() => {
          setCancelled(false);
          c.keepMine();
          void submit();
        }}
        onTakeTheirs={() => {
          setCancelled(true);
          show(c.takeTheirs());
          void c.read('network-only').catch(() => null);
        }}
      />
    );
  const text = step ? (cancelled && c.notice ? notDone(step) : null) : c.notice;
  return text ? <ConflictNotice key={text} text={text} /> : null;
}

/** A governance-style form (ui useForm shape): keep mine submits it, take theirs resets its answer and shows the stored values. */
export function formAnswers<V extends object>(f: {
  submit: () => unknown;
  reset: () => void;
  setV: (next: (old: V) => V) => void;
}): { submit: () => unknown; show: (theirs: Partial<V>) => void } {
  return {
    submit: f.submit,
    show: (theirs) => {
      f.reset();
      f.setV((old) => ({ ...old, ...theirs }));
    },
  };
}
