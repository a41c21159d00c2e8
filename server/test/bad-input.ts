/** Malformed, oversized and hostile requests; each must get a 4xx with a message. */
import { formatHlc, stampFields } from '../../shared/sync/index';
import { incident, mutation } from './fixtures';

export interface BadCase {
  name: string;
  method: string;
  path: string;
  opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> };
  status?: number;
  match?: RegExp;
}

export function badInputCases(t: { a: string; expired: string; revoked: string }): BadCase[] {
  const m = (
    over: Record<string, unknown> = {},
    values: Record<string, unknown> = { title: 'x' },
  ) => ({
    ...mutation('evil', 1, 'incidents', 'inc-evil', { title: 'x' }),
    fields: stampFields(
      values as never,
      formatHlc({ millis: Date.now(), counter: 0, node: 'evil' }),
    ),
    ...over,
  });
  const pushing = (name: string, body: unknown, extra: Partial<BadCase> = {}): BadCase => ({
    name,
    method: 'POST',
    path: '/sync/push',
    opts: { token: t.a, body },
    ...extra,
  });
  const batch = (...mutations: unknown[]) => ({ clientId: 'evil', mutations });
  const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
  return [
    {
      name: 'no protocol header',
      method: 'GET',
      path: '/sync/pull',
      opts: { token: t.a, headers: { 'x-steward-protocol': '' } },
      status: 426,
      match: /Update the app/,
    },
    {
      name: 'old protocol',
      method: 'GET',
      path: '/sync/pull',
      opts: { token: t.a, headers: { 'x-steward-protocol': '0' } },
      status: 426,
    },
    {
      name: 'garbage protocol',
      method: 'GET',
      path: '/sync/pull',
      opts: { token: t.a, headers: { 'x-steward-protocol': '1; DROP' } },
      status: 400,
    },
    {
      name: 'newer protocol',
      method: 'GET',
      path: '/sync/pull',
      opts: { token: t.a, headers: { 'x-steward-protocol': '99' } },
      status: 400,
      match: /administrator/,
    },
    { name: 'no token', method: 'GET', path: '/sync/pull', opts: {}, status: 401 },
    {
      name: 'unknown token',
      method: 'GET',
      path: '/sync/pull',
      opts: { token: 'stw_nope' },
      status: 401,
    },
    {
      name: 'huge token',
      method: 'GET',
      path: '/sync/pull',
      opts: { token: 'x'.repeat(5000) },
      status: 401,
    },
    {
      name: 'expired token',
      method: 'GET',
      path: '/auth/me',
      opts: { token: t.expired },
      status: 401,
    },
    {
      name: 'revoked token',
      method: 'POST',
      path: '/sync/push',
      opts: { token: t.revoked, body: batch(m()) },
      status: 401,
    },
    {
      name: 'basic auth',
      method: 'GET',
      path: '/members',
      opts: { headers: { authorization: 'Basic YTpi' } },
      status: 401,
    },
    pushing('malformed JSON', undefined, {
      opts: { token: t.a, raw: '{"clientId":' },
      status: 400,
    }),
    pushing('proto pollution', undefined, {
      opts: { token: t.a, raw: '{"clientId":"evil","mutations":[],"__proto__":{"admin":true}}' },
      status: 400,
    }),
    pushing('body is a list', [], { status: 400 }),
    pushing('plain text body', undefined, {
      opts: { token: t.a, raw: 'hello', headers: { 'content-type': 'text/plain' } },
      status: 400,
    }),
    pushing('xml body', undefined, {
      opts: { token: t.a, raw: '<x/>', headers: { 'content-type': 'application/xml' } },
      status: 415,
    }),
    pushing(
      'mutations not a list',
      { clientId: 'evil', mutations: 'all' },
      { status: 400, match: /mutations/ },
    ),
    pushing('mutationId as text', batch(m({ mutationId: '1' })), {
      status: 400,
      match: /mutationId/,
    }),
    pushing('mutationId zero', batch(m({ mutationId: 0 })), { status: 400 }),
    pushing('mutationId fraction', batch(m({ mutationId: 1.5 })), { status: 400 }),
    pushing('mutationId too big', batch(m({ mutationId: 2 ** 60 })), { status: 400 }),
    pushing('unknown table', batch(m({ table: 'members' })), {
      status: 400,
      match: /table must be one of/,
    }),
    pushing('SQL in table', batch(m({ table: 'incidents; DROP TABLE records' })), { status: 400 }),
    pushing('empty record id', batch(m({ recordId: '' })), { status: 400 }),
    pushing('record id with spaces', batch(m({ recordId: "a' OR 1=1 --" })), { status: 400 }),
    pushing('record id too long', batch(m({ recordId: 'r'.repeat(300) })), { status: 400 }),
    pushing('field name with quote', batch(m({}, { "title'--": 'x' })), { status: 400 }),
    pushing('severity as text', batch(m({}, { severity: 'high' })), {
      status: 400,
      match: /Severity must be 1, 2, 3 or 4/,
    }),
    pushing('title as number', batch(m({}, { title: 42 })), { status: 400, match: /Title/ }),
    pushing('bad tombstone', batch(m({}, { deletedAt: 'yesterday' })), {
      status: 400,
      match: /deletedAt/,
    }),
    pushing('id differs from recordId', batch(m({}, { id: 'other' })), { status: 400 }),
    pushing('no fields', batch(m({ fields: {} })), { status: 400 }),
    pushing(
      'too many fields',
      batch(m({}, Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, i])))),
      { status: 400 },
    ),
    pushing('malformed clock', batch(m({ fields: { title: { value: 'x', hlc: 'yesterday' } } })), {
      status: 400,
      match: /hlc/,
    }),
    pushing(
      'someone else’s clock',
      batch(
        m({
          fields: {
            title: {
              value: 'x',
              hlc: formatHlc({ millis: Date.now(), counter: 0, node: 'other' }),
            },
          },
        }),
      ),
      { status: 400, match: /clientId/ },
    ),
    pushing(
      'clock far ahead',
      batch(mutation('evil', 1, 'incidents', 'i', { title: 'x' }, Date.now() + 10 * 60_000)),
      { status: 400, match: /ahead/ },
    ),
    pushing(
      'batch clientId mismatch',
      { clientId: 'evil', mutations: [mutation('other', 1, 'incidents', 'i', { title: 'x' })] },
      { status: 400 },
    ),
    pushing(
      'invalid complete record',
      batch(mutation('evil', 1, 'incidents', 'i', incident('i', { reportedAt: 'soon' }))),
      { status: 400 },
    ),
    pushing(
      'too many mutations',
      batch(...Array.from({ length: 501 }, (_, i) => m({ mutationId: i + 1 }))),
      { status: 400, match: /at most 500/ },
    ),
    pushing(
      'too large',
      { clientId: 'evil', mutations: [], pad: 'x'.repeat(3 * 1024 * 1024) },
      { status: 413 },
    ),
    pushing('deeply nested value', undefined, {
      opts: {
        token: t.a,
        raw: JSON.stringify(batch(m())).replace('"value":"x"', `"value":${deep}`),
      },
      status: 400,
    }),
    {
      name: 'pull: negative cursor',
      method: 'GET',
      path: '/sync/pull?after=-1',
      opts: { token: t.a },
      status: 400,
    },
    {
      name: 'pull: text cursor',
      method: 'GET',
      path: "/sync/pull?after=1'--",
      opts: { token: t.a },
      status: 400,
    },
    {
      name: 'pull: limit 0',
      method: 'GET',
      path: '/sync/pull?limit=0',
      opts: { token: t.a },
      status: 400,
    },
    {
      name: 'pull: limit huge',
      method: 'GET',
      path: '/sync/pull?limit=5000',
      opts: { token: t.a },
      status: 400,
    },
    {
      name: 'pull: repeated cursor',
      method: 'GET',
      path: '/sync/pull?after=1&after=2',
      opts: { token: t.a },
      status: 400,
    },
    {
      name: 'status: no client',
      method: 'GET',
      path: '/sync/status',
      opts: { token: t.a },
      status: 400,
    },
    {
      name: 'sign-in: wrong types',
      method: 'POST',
      path: '/auth/sign-in',
      opts: { body: { workspace: 1, email: ['a'], password: null } },
      status: 400,
    },
    {
      name: 'members: short password',
      method: 'POST',
      path: '/members',
      opts: { token: t.a, body: { email: 'z@a.test', password: 'short', role: 'csm' } },
      status: 400,
    },
    {
      name: 'members: bad email',
      method: 'POST',
      path: '/members',
      opts: { token: t.a, body: { email: "x' OR 1=1", password: 'long enough pw', role: 'csm' } },
      status: 400,
    },
    { name: 'unknown route', method: 'GET', path: '/records', opts: { token: t.a }, status: 404 },
    {
      name: 'wrong method',
      method: 'DELETE',
      path: '/sync/push',
      opts: { token: t.a },
      status: 404,
    },
  ];
}
