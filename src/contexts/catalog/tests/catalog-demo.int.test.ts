import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

// The demo catalog (written by its own seeder) read back through the public API: every
// venue, event and service answers, so the read API and the demo data agree.

describe('the public catalog over the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
  });
  afterAll(async () => t.close());

  const get = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    return res.json();
  };

  it('shows every venue, event and service', async () => {
    const venues = (await get('/api/venues')).items as { id: string }[];
    for (const venue of venues) await get(`/api/venues/${venue.id}`);
    const events: { id: string }[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await get(`/api/events?from=2000-01-01&status=all&limit=100&offset=${offset}`);
      events.push(...page.items);
      if (events.length >= page.total) break;
    }
    for (const event of events.slice(0, 200)) await get(`/api/events/${event.id}`);
    const services = (await get('/api/services?limit=100')).items as { id: string }[];
    for (const service of services) await get(`/api/services/${service.id}`);
    await get('/api/films?limit=100');
    expect(venues.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    expect(services.length).toBeGreaterThan(0);
  });
});
