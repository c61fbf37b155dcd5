import { describe, expect, it } from 'vitest';
import { canSee, officeSections, sectionOf, sectionsFor } from './office-sections.ts';

const paths = (roles: Parameters<typeof sectionsFor>[0]) => sectionsFor(roles).map((section) => section.path);

describe('the back office by role', () => {
  it('shows each role its own sections, and only those', () => {
    expect(paths(['operator'])).toEqual(['requests', 'orders']);
    expect(paths(['cashier'])).toEqual(['box-office', 'accounts', 'orders']);
    expect(paths(['manager'])).toEqual(['catalog', 'corporate', 'broadcasts', 'reports', 'orders']);
    expect(paths(['admin'])).toEqual(['staff', 'audit']);
    expect(paths(['client'])).toEqual([]);
  });

  it('gives a person with two roles the sections of both', () => {
    expect(paths(['operator', 'cashier'])).toEqual(['requests', 'box-office', 'accounts', 'orders']);
  });

  it('finds the section of a deep link, so another role’s page is refused by its section', () => {
    const requests = sectionOf('requests/0b7c9f6e-1d2a-4c5b-8e9f-0a1b2c3d4e5f')!;
    expect(requests.path).toBe('requests');
    expect(canSee(requests, ['cashier'])).toBe(false);
    expect(canSee(requests, ['operator'])).toBe(true);
    expect(sectionOf('requestsX')).toBeUndefined();
    expect(new Set(officeSections.map((section) => section.path)).size).toBe(officeSections.length);
  });
});
