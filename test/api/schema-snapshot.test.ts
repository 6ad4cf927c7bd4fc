import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGoldenThreadSchema, schemaSdl } from '@goldenthread/api';

const snapshot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/api/schema.graphql');

describe('GraphQL schema snapshot', () => {
  it('matches the committed schema.graphql (run `pnpm schema:update` after changing the API)', async () => {
    const sdl = schemaSdl(await buildGoldenThreadSchema());
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(snapshot, sdl);
    expect(fs.existsSync(snapshot), 'packages/api/schema.graphql is missing').toBe(true);
    expect(sdl).toBe(fs.readFileSync(snapshot, 'utf8'));
  });
});
