import { api } from '../api.ts';

/**
 * What the running server offers, read from its OpenAPI document. Some features of
 * the portal (paying from the internal account, PDF tickets, statements) arrive with
 * later parts of the server: their buttons appear when the server documents the route,
 * and stay hidden before, so nobody presses a button that leads nowhere.
 */
export interface Operation {
  method: string;
  /** The path template as documented: `/api/my/orders/{id}/pay`. */
  path: string;
  /** Top-level members of the JSON request body. */
  bodyProperties: string[];
  /** Header parameters it reads, lower-case. */
  headers: string[];
  /** Content types of its success answers. */
  produces: string[];
}

export interface Capabilities {
  operations: Operation[];
  find(method: string, test: (path: string) => boolean): Operation | null;
}

interface OpenApiOperation {
  parameters?: { in?: string; name?: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

export function capabilitiesOf(document: { paths?: Record<string, Record<string, OpenApiOperation>> }): Capabilities {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods)) {
      const success = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2'));
      operations.push({
        method: method.toUpperCase(),
        path,
        bodyProperties: Object.keys(operation.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
        headers: (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => (p.name ?? '').toLowerCase()),
        produces: success.flatMap(([, answer]) => Object.keys(answer.content ?? {})),
      });
    }
  }
  return {
    operations,
    find: (method, test) => operations.find((operation) => operation.method === method && test(operation.path)) ?? null,
  };
}

/** Fills a documented template's `{params}` in order: fillPath('/api/orders/{id}/pay', id). */
export function fillPath(template: string, ...values: string[]): string {
  let index = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++] ?? ''));
}

let loading: Promise<Capabilities> | null = null;

/** Read once per page load; a failure counts as "nothing optional is offered". */
export function loadCapabilities(): Promise<Capabilities> {
  loading ??= api.get<{ paths?: Record<string, Record<string, OpenApiOperation>> }>('/api/openapi.json').then(capabilitiesOf, () => capabilitiesOf({}));
  return loading;
}
