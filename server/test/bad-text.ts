/**
 * Text PostgreSQL cannot store (a NUL, a lone UTF-16 surrogate), sent to every endpoint: each
 * must be a 400 naming where the character is, never a 500 the client would retry forever.
 */
import type { BadCase } from './bad-input';
import { mutation } from './fixtures';

const NUL = 'a\u0000b';
const HIGH = 'a\ud800b';
const LOW = '\udc00';
const TEXT = /cannot store/;

export function badTextCases(t: { a: string }): BadCase[] {
  const push = (name: string, m: unknown, clientId = 'evil-text'): BadCase => ({
    name: `text: ${name}`,
    method: 'POST',
    path: '/sync/push',
    opts: { token: t.a, body: { clientId, mutations: [m] } },
    status: 400,
    match: TEXT,
  });
  const m = (values: Record<string, string>, recordId = 'inc-text') =>
    mutation('evil-text', 1, 'incidents', recordId, values);
  const signIn = (name: string, body: Record<string, string>): BadCase => ({
    name: `text: sign-in ${name}`,
    method: 'POST',
    path: '/auth/sign-in',
    opts: { body: { workspace: 'Team A', email: 'ada@a.test', password: 'pw pw pw pw', ...body } },
    status: 400,
    match: TEXT,
  });
  const get = (name: string, path: string, token?: string): BadCase => ({
    name: `text: ${name}`,
    method: 'GET',
    path,
    opts: token === undefined ? {} : { token },
    status: 400,
    match: TEXT,
  });
  const send = (name: string, method: string, path: string, body?: unknown): BadCase => ({
    name: `text: ${name}`,
    method,
    path,
    opts: body === undefined ? { token: t.a } : { token: t.a, body },
    status: 400,
    match: TEXT,
  });
  return [
    push('NUL in a value', m({ title: NUL })),
    push('lone high surrogate in a value', m({ title: HIGH })),
    push('lone low surrogate in a value', m({ description: LOW })),
    push('NUL in a record id', m({ title: 'x' }, 'inc\u0000x')),
    push('surrogate in a record id', m({ title: 'x' }, 'inc\ud83dx')),
    push('NUL in a field name', m({ 'ti\u0000tle': 'x' })),
    push('NUL in the client id', { ...m({ title: 'x' }), clientId: 'evil\u0000' }, 'evil\u0000'),
    signIn('workspace with NUL', { workspace: `Team${NUL}` }),
    signIn('workspace with a surrogate', { workspace: `Team${HIGH}` }),
    signIn('email with NUL', { email: `ada${NUL}@a.test` }),
    signIn('password with a surrogate', { password: `pw pw pw pw${LOW}` }),
    {
      name: 'text: add member email with NUL',
      method: 'POST',
      path: '/members',
      opts: {
        token: t.a,
        body: { email: `z${NUL}@a.test`, password: 'long enough pw', role: 'csm' },
      },
      status: 400,
      match: TEXT,
    },
    {
      name: 'text: add member password with a surrogate',
      method: 'POST',
      path: '/members',
      opts: {
        token: t.a,
        body: { email: 'z@a.test', password: `long enough${HIGH}`, role: 'csm' },
      },
      status: 400,
      match: TEXT,
    },
    send('change a role to text with NUL', 'PATCH', '/members/some-id', { role: `csm${NUL}` }),
    send('change the role of an id with NUL', 'PATCH', '/members/m%00x', { role: 'csm' }),
    send('remove a member whose id has NUL', 'DELETE', '/members/m%00x'),
    send('new password with a surrogate', 'POST', '/auth/password', {
      currentPassword: 'correct horse battery',
      newPassword: `a new pass${HIGH}phrase`,
    }),
    send('sign-out with NUL in its body', 'POST', '/auth/sign-out', { reason: NUL }),
    get('pull cursor with NUL', '/sync/pull?after=%00', t.a),
    get('status client with NUL', '/sync/status?clientId=dev%00x', t.a),
    get('me with NUL in the query', '/auth/me?x=%00', t.a),
    get('members with NUL in the query', '/members?x=%00', t.a),
  ];
}
