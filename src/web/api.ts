/**
 * The typed fetch client of the web apps. It sends the session cookie, adds the
 * anti-forgery header to every write, and turns RFC 9457 problem details into an
 * `ApiError` that names the input at fault, so a form can show each error next to
 * its field. Response types come from the server's Zod contracts (type imports only).
 */

/** The problem details the server answers errors with (src/server/plugins/problem-details.ts). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail: string;
  field?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The input at fault as the form knows it: `phone`, `lines.0.visitObjectIds` (no `body.` prefix). */
  readonly field: string | undefined;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = problem.status;
    this.code = problem.code;
    this.field = problem.field === undefined ? undefined : formField(problem.field);
  }

  /** Every field the server named, with its message: a 400 may name several. */
  fieldErrors(): { field: string; message: string }[] {
    const listed = (this.problem.errors ?? []).map((error) => ({ field: formField(error.field), message: error.message }));
    if (listed.length > 0) return listed;
    return this.field === undefined ? [] : [{ field: this.field, message: this.problem.detail }];
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** `body.lines.0.seatIds` and `lines.0.seatIds` are the same input to a form. */
export function formField(serverField: string): string {
  return serverField.replace(/^(body|query|params|headers)(\.|$)/, '');
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query: Query | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

const safeMethods = new Set(['GET', 'HEAD']);

export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  delete<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  /** The anti-forgery token from login or registration; null after logout. */
  setCsrfToken(token: string | null): void;
}

export function createApiClient(fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)): ApiClient {
  let csrfToken: string | null = null;

  async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (!safeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
    try {
      return await fetchImpl(withQuery(path, options.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal: options.signal ?? null,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError({ status: 0, code: 'network_error', detail: 'The server cannot be reached.' });
    }
  }

  // A page opened in a new tab has the cookie but not the token: ask for it once and retry.
  async function refreshCsrf(): Promise<boolean> {
    const response = await send('GET', '/api/auth/csrf', {});
    if (!response.ok) return false;
    csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
    return true;
  }

  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    let response = await send(method, path, options);
    if (response.status === 403 && !safeMethods.has(method)) {
      const problem = await readProblem(response.clone());
      if (problem.code === 'csrf_token_invalid' && (await refreshCsrf())) response = await send(method, path, options);
    }
    if (!response.ok) throw new ApiError(await readProblem(response));
    if (response.status === 204) return undefined as T;
    const type = response.headers.get('content-type') ?? '';
    return (type.includes('json') ? await response.json() : await response.text()) as T;
  }

  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
    delete: (path, options) => request('DELETE', path, options),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.code === 'string') return { ...body, status: response.status, code: body.code, detail: body.detail ?? response.statusText };
  } catch {
    // not JSON: a proxy or the server's own plain error page
  }
  return { status: response.status, code: `http_${response.status}`, detail: response.statusText || `HTTP ${response.status}` };
}

/** The one client of the running app. */
export const api: ApiClient = createApiClient();
