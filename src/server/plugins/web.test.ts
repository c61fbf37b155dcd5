import { describe, expect, it } from 'vitest';
import { isFilePath } from './web.ts';

describe('which paths the client router owns', () => {
  it('leaves the API, built assets and file names to a 404 when missing', () => {
    for (const url of ['/api/nothing', '/assets/index-abc123.js', '/assets/gone', '/favicon.ico', '/robots.txt?x=1', '/office/report.csv']) {
      expect(isFilePath(url), url).toBe(true);
    }
  });

  it('gives the app page for its own routes, with or without a query', () => {
    for (const url of ['/', '/events/01a1fdfa-82e2-712b-b236-9cf4ed3a98ba', '/office/orders?status=formed', '/account', '/schedule?date=2026-11-21']) {
      expect(isFilePath(url), url).toBe(false);
    }
  });
});
