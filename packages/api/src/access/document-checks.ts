import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * Checks of a request's document and variables that graphql-js leaves to the server: mistakes of the
 * caller that would otherwise surface as internal errors deep down (README "Limits").
 */

/** Validation rule: an operation of a kind the schema has no root for (this API has no subscriptions). */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      const root =
        node.operation === 'query'
          ? schema.getQueryType()
          : node.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) {
        context.reportError(
          new GraphQLError(`This API has no ${node.operation}s: send a query or a mutation.`, {
            nodes: [node],
            extensions: { http: { status: 400 } },
          }),
        );
      }
    },
  };
}

/** The operation Apollo could not pick: none named so, or several and no operationName. */
export function operationNotFound(document: DocumentNode, operationName: string | undefined | null): GraphQLError {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const names = operations.map((o) => o.name?.value ?? '(anonymous)').join(', ');
  const message =
    operationName != null
      ? `operationName: this document has no operation named "${operationName}" (it has ${names}).`
      : operations.length > 1
        ? `operationName: this document has ${operations.length} operations (${names}); say which one to run with operationName.`
        : 'operationName: this document has no operation to run.';
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'operationName', http: { status: 400 } } });
}

const NUL = '\u0000';

function nulByte(field: string): GraphQLError {
  return new GraphQLError(
    `${field}: contains a NUL character (\\u0000), which no text here may hold. Remove it and send the request again.`,
    {
      extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
    },
  );
}

/** The path of the first string holding a NUL in a literal value, or null. */
function nulInLiteral(value: ValueNode, path: string): string | null {
  switch (value.kind) {
    case Kind.STRING:
      return value.value.includes(NUL) ? path : null;
    case Kind.LIST:
      for (let i = 0; i < value.values.length; i++) {
        const found = nulInLiteral(value.values[i]!, `${path}[${i}]`);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of value.fields) {
        const found = nulInLiteral(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/** The path of the first string holding a NUL in a variable's value (walked without recursion: values may nest deep), or null. */
function nulInVariable(value: unknown, path: string): string | null {
  const stack: Array<[unknown, string]> = [[value, path]];
  while (stack.length) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes(NUL)) return p;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${p}[${i}]`]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], `${p}.${entries[i]![0]}`]);
    }
  }
  return null;
}

/**
 * Refuses a NUL character in any string argument or variable of the operation (BAD_USER_INPUT naming
 * it): PostgreSQL cannot store one and SQLite would keep it, cutting the text short for other
 * programs. Arguments are found in the operation and the fragments it spreads (each once); variables
 * are named `$name.path`.
 */
export function refuseNulBytes(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): void {
  for (const [name, value] of Object.entries(variables)) {
    const found = nulInVariable(value, `$${name}`);
    if (found) throw nulByte(found);
  }
  for (const def of operation.variableDefinitions ?? []) {
    const found = def.defaultValue ? nulInLiteral(def.defaultValue, `$${def.variable.name.value}`) : null;
    if (found) throw nulByte(found);
  }
  const seen = new Set<string>();
  const sets: SelectionSetNode[] = [operation.selectionSet];
  while (sets.length) {
    const set = sets.pop()!;
    for (const sel of set.selections) {
      for (const directive of sel.directives ?? []) {
        for (const arg of directive.arguments ?? []) {
          const found = nulInLiteral(arg.value, arg.name.value);
          if (found) throw nulByte(found);
        }
      }
      if (sel.kind === Kind.FIELD) {
        for (const arg of sel.arguments ?? []) {
          const found = nulInLiteral(arg.value, arg.name.value);
          if (found) throw nulByte(found);
        }
        if (sel.selectionSet) sets.push(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        sets.push(sel.selectionSet);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments.get(sel.name.value);
        if (frag) sets.push(frag.selectionSet);
      }
    }
  }
}
