import fs from 'node:fs';
import path from 'node:path';
import { type PluginObj, transformAsync, types as t } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

/** A module of one generated document: `virtual:gt-document:ViewerDocument` holds `export const ViewerDocument = {...}`. */
const PREFIX = 'virtual:gt-document:';

/**
 * Each view's chunk gets only the GraphQL documents it uses. The app writes `graphql(`query Viewer ...`)`, which at run
 * time looks the text up in src/graphql/gql.ts's map of every document in the app: that map would put all of them in
 * the entry chunk. At build time (and in the dev server) each call is replaced instead by the typed `...Document`
 * constant codegen wrote for it (the client preset's own babel plugin), and that constant is imported from a module of
 * its own, so the bundler places it with the views that use it (src/graphql/graphql.ts, one module holding every
 * constant, would be one shared chunk of all of them). The source keeps `graphql(...)`: codegen reads the documents
 * from it, and the types still come from gql.ts's overloads.
 */
export function graphqlDocuments(srcDir: string): Plugin {
  const artifactDirectory = path.join(srcDir, 'graphql');
  const generated = path.join(artifactDirectory, 'graphql.ts');
  let constants: { mtimeMs: number; byName: Map<string, string> } | null = null;

  /** The generated constants by name, read again when codegen rewrites the file. */
  const constantsOf = (): Map<string, string> => {
    const { mtimeMs } = fs.statSync(generated);
    if (constants?.mtimeMs !== mtimeMs) {
      const byName = new Map<string, string>();
      for (const m of fs.readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm))
        byName.set(m[1]!, m[2]!);
      constants = { mtimeMs, byName };
    }
    return constants.byName;
  };

  /** Runs after the optimizer: its `import { XDocument } from '<dir>/graphql/graphql'` becomes one import per document. */
  const onePerDocument = (file: string): PluginObj => ({
    visitor: {
      Program: {
        exit(program) {
          for (const statement of program.get('body')) {
            if (!statement.isImportDeclaration() || statement.node.importKind === 'type') continue;
            const from = path.resolve(path.dirname(file), statement.node.source.value);
            if (from !== path.join(artifactDirectory, 'graphql')) continue;
            statement.replaceWithMultiple(
              statement.node.specifiers.map((s) => t.importDeclaration([s], t.stringLiteral(`${PREFIX}${s.local.name}`))),
            );
          }
        },
      },
    },
  });

  return {
    name: 'goldenthread:graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      const value = constantsOf().get(name);
      if (!value) this.error(`${name} is not in ${generated}: run codegen (pnpm --filter @goldenthread/web run codegen)`);
      return `export const ${name} = ${value};\n`;
    },
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.tsx?$/.test(file) || !file.startsWith(srcDir + path.sep) || file.startsWith(artifactDirectory + path.sep)) return null;
      if (!code.includes('graphql(')) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: false,
        retainLines: true,
        parserOpts: { plugins: file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }], onePerDocument(file)],
      });
      return result?.code ? { code: result.code, map: null } : null;
    },
  };
}
