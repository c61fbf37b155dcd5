import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { findContractPrices } from '../index.ts';

describe('corporate clients', () => {
  let t: TestApp;
  let manager: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
    manager = await loginAsDemo(t.app, 'manager');
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, session: LoggedIn = manager) =>
    t.app.inject({ method, url: `/api${url}`, headers: session.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('shows the demo representative the organisation and its active contract', async () => {
    const corporate = await loginAsDemo(t.app, 'corporate');
    const me = await call('GET', '/me', undefined, corporate);
    expect(me.json().actor.roles).toEqual(['client', 'corporate']);
    const res = await call('GET', '/me/contracts', undefined, corporate);
    expect(res.statusCode).toBe(200);
    expect(res.json().organization.name).toContain('Спорт-Сервис');
    expect(res.json().contracts[0]).toMatchObject({ number: 'Д-2025/001', status: 'active' });
  });

  it('manages an organisation, its representative and a contract whose prices the pricing context reads', async () => {
    const organization = await call('POST', '/organizations', { name: 'АО «Тестовые билеты»', taxId: '7712345678', phone: '8 495 000 00 01' });
    expect(organization.statusCode, organization.body).toBe(201);
    const organizationId = organization.json().organizationId;
    expect(organization.json().phone).toBe('+74950000001');

    const rep = await registerClient(t.app);
    expect((await call('POST', `/organizations/${organizationId}/representatives`, { clientId: rep.clientId })).statusCode).toBe(204);
    const repMe = await call('GET', '/me', undefined, rep);
    expect(repMe.json().actor).toMatchObject({ roles: ['client', 'corporate'], organizationId });

    const contract = await call('POST', `/organizations/${organizationId}/contracts`, {
      number: 'K-1', status: 'active', validFrom: '2025-01-01T00:00:00+03:00', validTo: '2026-01-01T00:00:00+03:00', creditLimitMinor: 10_000_000,
    });
    expect(contract.statusCode, contract.body).toBe(201);
    const contractId = contract.json().contractId;

    const inside = await findContractPrices(t.deps.database.db, { clientId: rep.clientId, at: new Date('2025-06-01T12:00:00Z') });
    expect(inside).toEqual({ contractId, contractNumber: 'K-1', currency: 'RUB', prices: [] });
    expect(await findContractPrices(t.deps.database.db, { clientId: rep.clientId, at: new Date('2026-02-01T00:00:00Z') })).toBeNull();
    const individual = await registerClient(t.app);
    expect(await findContractPrices(t.deps.database.db, { clientId: individual.clientId, at: new Date('2025-06-01T12:00:00Z') })).toBeNull();

    const overlapping = await call('POST', `/organizations/${organizationId}/contracts`, { number: 'K-2', status: 'active', validFrom: '2025-12-01T00:00:00+03:00' });
    expect(overlapping.json()).toMatchObject({ status: 409, code: 'contract_period_overlaps' });

    const suspended = await call('PATCH', `/contracts/${contractId}`, { status: 'suspended' });
    expect(suspended.json().status).toBe('suspended');
    expect(await findContractPrices(t.deps.database.db, { clientId: rep.clientId, at: new Date('2025-06-01T12:00:00Z') })).toBeNull();
    const back = await call('PATCH', `/contracts/${contractId}`, { status: 'draft' });
    expect(back.json()).toMatchObject({ status: 409, code: 'contract_status_transition', field: 'body.status' });

    const removed = await call('DELETE', `/organizations/${organizationId}/representatives/${rep.clientId}`);
    expect(removed.statusCode).toBe(204);
    expect((await call('GET', '/me/contracts', undefined, rep)).statusCode).toBe(403);

    const detail = await call('GET', `/organizations/${organizationId}`);
    expect(detail.json()).toMatchObject({ representatives: [], contracts: [{ number: 'K-1', status: 'suspended' }] });
  });

  it('refuses a special price for something the catalog does not have, naming the row', async () => {
    const organization = (await call('POST', '/organizations', { name: 'ООО «Ромашка»', taxId: '7712345679' })).json();
    const contract = (await call('POST', `/organizations/${organization.organizationId}/contracts`, { number: 'R-1', validFrom: '2025-01-01T00:00:00Z' })).json();
    const res = await call('PUT', `/contracts/${contract.contractId}/prices`, { prices: [{ eventId: randomUUID(), priceMinor: 100_000 }] });
    expect(res.json()).toMatchObject({ status: 404, code: 'event_not_found', field: 'body.prices.0.eventId' });
    const both = await call('PUT', `/contracts/${contract.contractId}/prices`, { prices: [{ serviceId: randomUUID(), eventId: randomUUID(), priceMinor: 1 }] });
    expect(both.json()).toMatchObject({ status: 400, field: 'body.prices.0.serviceId' });
  });

  it('refuses an organisation with a malformed INN, and a second one with the same INN', async () => {
    const bad = await call('POST', '/organizations', { name: 'ООО «Ошибка»', taxId: '12345' });
    expect(bad.json()).toMatchObject({ status: 400, field: 'body.taxId' });
    const dup = await call('POST', '/organizations', { name: 'ООО «Дубль»', taxId: '7701234567' });
    expect(dup.json()).toMatchObject({ status: 409, code: 'tax_id_taken', field: 'body.taxId' });
  });
});
