/**
 * Every type, field, argument, input field and enum value that partners can introspect has a description
 * (issue 18 item 11): a new field without `description:` fails here, naming it.
 */
import { getIntrospectionQuery, graphqlSync, type IntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGoldenThreadSchema } from '@goldenthread/api';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** Dotted paths (`Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`) whose description is missing or says nothing. */
function undescribed(introspection: IntrospectionQuery): { missing: string[]; checked: number } {
  const missing: string[] = [];
  let checked = 0;
  const check = (path: string, name: string, description: string | null | undefined) => {
    checked++;
    const text = (description ?? '').trim();
    // A description must say more than the name it describes.
    if (text.length < 8 || text.toLowerCase() === name.toLowerCase()) missing.push(path);
  };
  for (const type of introspection.__schema.types) {
    if (type.name.startsWith('__') || BUILT_IN_SCALARS.has(type.name)) continue;
    check(type.name, type.name, type.description);
    if (type.kind === 'OBJECT' || type.kind === 'INTERFACE') {
      for (const field of type.fields) {
        check(`${type.name}.${field.name}`, field.name, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.name, arg.description);
      }
    }
    if (type.kind === 'INPUT_OBJECT') {
      for (const field of type.inputFields) check(`${type.name}.${field.name}`, field.name, field.description);
    }
    if (type.kind === 'ENUM') {
      for (const value of type.enumValues) check(`${type.name}.${value.name}`, value.name, value.description);
    }
  }
  return { missing, checked };
}

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value (type-graphql `description:`, enums via valuesConfig)', async () => {
    const schema = await buildGoldenThreadSchema();
    const result = graphqlSync({ schema, source: getIntrospectionQuery({ inputValueDeprecation: true }) });
    expect(result.errors).toBeUndefined();
    const { missing, checked } = undescribed(result.data as unknown as IntrospectionQuery);
    // The walk reached the whole schema (thousands of elements), not an empty or partial answer.
    expect(checked).toBeGreaterThan(2500);
    expect(missing, `${missing.length} schema elements have no description:\n${missing.join('\n')}`).toEqual([]);
  });

  it('the walk fails on an undescribed element', () => {
    // A two-field schema in introspection form: one described field, one not.
    const fake = {
      __schema: {
        types: [
          {
            kind: 'OBJECT',
            name: 'Thing',
            description: 'A thing partners read.',
            fields: [
              { name: 'id', description: 'Global id of the thing.', args: [] },
              { name: 'size', description: null, args: [{ name: 'unit', description: '' }] },
            ],
          },
          { kind: 'ENUM', name: 'Colour', description: 'Colour', enumValues: [{ name: 'RED', description: 'Red, as in a RAG rating.' }] },
        ],
      },
    } as unknown as IntrospectionQuery;
    expect(undescribed(fake).missing).toEqual(['Thing.size', 'Thing.size(unit)', 'Colour']);
  });
});
