import { describe, expect, it } from 'vitest';
import { parseRoute, routePath } from './router.js';

describe('parseRoute', () => {
  it('marks an address without a view as the landing: the site (/) or a council (/councils/<GSS>)', () => {
    expect(parseRoute('/', '')).toMatchObject({ gss: 'E10000029', view: 'public', landing: 'site' });
    expect(parseRoute('/councils/e10000029', '')).toMatchObject({ gss: 'E10000029', view: 'public', landing: 'council' });
    expect(parseRoute('/councils/E10000029/public', '')).toMatchObject({ view: 'public' });
    expect(parseRoute('/councils/E10000029/reports', '?audience=scrutiny').params.get('audience')).toBe('scrutiny');
    expect(parseRoute('/councils/E10000029/explorer', '').landing).toBeUndefined();
  });

  it('reads the health check view and its period', () => {
    const r = parseRoute('/councils/E10000029/health-check', '?period=2024-25');
    expect(r).toMatchObject({ gss: 'E10000029', view: 'health-check', nodeId: null });
    expect(r.params.get('period')).toBe('2024-25');
    expect(routePath('E10000029', 'health-check', null, { period: '2023-24', compare: null })).toBe(
      '/councils/E10000029/health-check?period=2023-24',
    );
    expect(parseRoute('/councils/E10000029/health-check/extra/more', '').view).toBe('not-found');
  });
});
