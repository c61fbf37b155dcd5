import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { App } from '../../app.tsx';
import { LoginPage } from './auth-pages.tsx';
import { PasswordResetPage } from './password-reset-page.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 300 ? 'application/json' : 'application/problem+json' } });

/** A server that answers the reset calls with `answer`, and /api/me with 401 (nobody logged in). */
function serverWith(answer: (path: string) => Response) {
  const calls: { path: string; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    if (!path.startsWith('/api/auth/password-reset/')) return json(401, { status: 401, code: 'login_required', detail: 'Log in' });
    calls.push({ path, body: JSON.parse(String(init?.body)) });
    return answer(path);
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

function renderAt(url: string) {
  render(
    <App lang="ru">
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/password-reset" element={<PasswordResetPage />} />
        </Routes>
      </MemoryRouter>
    </App>,
  );
}

const typeNewPassword = async (password: string, repeat: string) => {
  await userEvent.type(screen.getByLabelText(/^Новый пароль/), password);
  await userEvent.type(screen.getByLabelText(/^Повторите пароль/), repeat);
  await userEvent.click(screen.getByRole('button', { name: 'Сохранить пароль' }));
};

afterEach(() => vi.unstubAllGlobals());

describe('password reset', () => {
  it('leads from the login page to asking for a link, posts the login and answers neutrally', async () => {
    const calls = serverWith(() => json(202, { accepted: true }));
    renderAt('/login');
    await userEvent.click(screen.getByRole('link', { name: 'Забыли пароль?' }));
    expect(screen.getByRole('heading', { name: 'Восстановление пароля' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/Код клиента, email или логин/), 'ivanov');
    await userEvent.click(screen.getByRole('button', { name: 'Прислать ссылку' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Если такая учётная запись есть/));
    expect(calls).toEqual([{ path: '/api/auth/password-reset/request', body: { login: 'ivanov' } }]);
    expect(screen.getByRole('link', { name: 'Войти' }).getAttribute('href')).toBe('/login');
  });

  it('refuses a short or mismatched password beside its field without asking the server', async () => {
    const calls = serverWith(() => json(204, null));
    renderAt('/password-reset?token=abc');
    await typeNewPassword('short', 'short');
    expect(screen.getByLabelText(/^Новый пароль/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/не короче 10 знаков\./)).toBeTruthy();
    await userEvent.clear(screen.getByLabelText(/^Новый пароль/));
    await userEvent.clear(screen.getByLabelText(/^Повторите пароль/));
    await typeNewPassword('long enough 1', 'long enough 2');
    expect(screen.getByLabelText(/^Повторите пароль/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Пароли не совпадают.')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('posts the token and the password, then offers to log in', async () => {
    const calls = serverWith(() => new Response(null, { status: 204 }));
    renderAt('/password-reset?token=abc');
    expect(screen.getByRole('heading', { name: 'Придумайте новый пароль' })).toBeTruthy();
    await typeNewPassword('correct horse battery', 'correct horse battery');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Пароль изменён/));
    expect(calls).toEqual([{ path: '/api/auth/password-reset/confirm', body: { token: 'abc', password: 'correct horse battery' } }]);
    expect(screen.getByRole('link', { name: 'Войти' }).getAttribute('href')).toBe('/login');
  });

  it('shows a weak password the server refused beside the field', async () => {
    serverWith(() => json(400, { status: 400, code: 'password_too_weak', detail: 'password is too common.', field: 'body.password' }));
    renderAt('/password-reset?token=abc');
    await typeNewPassword('qwertyuiop', 'qwertyuiop');
    await waitFor(() => expect(screen.getByLabelText(/^Новый пароль/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/Пароль слишком простой/)).toBeTruthy();
  });

  it('says a refused link has expired or was used, and offers a new one', async () => {
    serverWith(() => json(400, { status: 400, code: 'reset_token_invalid', detail: 'token is not valid', field: 'body.token' }));
    renderAt('/password-reset?token=old');
    await typeNewPassword('correct horse battery', 'correct horse battery');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/устарела или уже использована/));
    await userEvent.click(screen.getByRole('link', { name: 'Запросить новую ссылку' }));
    expect(screen.getByRole('button', { name: 'Прислать ссылку' })).toBeTruthy();
  });
});
