// Every write operation in the OpenAPI document, called once as an admin (with a write API key where
// the operation takes keys): each must leave exactly one new audit row naming the admin (and the key),
// the operation's action, its target and the request id the response carried. An operation without
// a request in test/support/write-matrix.ts or a target below fails here by name.
import { gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../drizzle/schema';
import { isWrite } from '../../lib/api/audited-write';
import { allContracts } from '../../lib/api/contracts';
import { buildOpenApi } from '../../lib/api/openapi';
import { createApiKey } from '../../lib/auth/api-keys';
import { backgroundImportsSettled } from '../../lib/imports/background';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, makeCallers, makeUser, sessionCookie } from '../support/callers';
import { type SmtpInbox, startSmtpInbox } from '../support/smtp-inbox';
import { sendWrite, setUpWriteMatrix, type WriteRequest, writeMatrix } from '../support/write-matrix';

type Op = { operationId: string; security: Record<string, unknown>[]; 'x-audit-action'?: string };
// biome-ignore lint/suspicious/noExplicitAny: response bodies differ per operation
type Data = any;

const doc = buildOpenApi() as { paths: Record<string, Record<string, Op>> };
const writeEndpoints = new Set(allContracts.filter(isWrite).map((c) => `${c.method} ${c.path}`));
const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops)
    .map(([method, op]) => ({ endpoint: `${method.toUpperCase()} ${path}`, op }))
    .filter(({ endpoint }) => writeEndpoints.has(endpoint)),
);

const param = (r: WriteRequest) => r.params?.id;
/**
 * What each write acts on, by the request sent and the response's data: [target type, target id];
 * null for a write recorded without one; 'self' for an account's act on itself (the row names the
 * account as both actor and target: redeeming a reset link, deleting one's own account).
 */
const targets: Record<string, (r: WriteRequest, data: Data) => [string, string | number | undefined] | null | 'self'> = {
  // The ask names no account, so the log cannot tell who has one.
  'POST /api/v1/password-resets': () => null,
  'POST /api/v1/password-resets/redeem': () => 'self',
  'POST /api/v1/accounts/{id}/password-reset': (r) => ['user', param(r)],
  'DELETE /api/v1/accounts/{id}': (r) => ['user', param(r)],
  'DELETE /api/v1/me': () => 'self',
  'POST /api/v1/accounts': (_r, d) => ['user', d.id],
  'POST /api/v1/accounts/{id}/disable': (r) => ['user', param(r)],
  'POST /api/v1/accounts/{id}/enable': (r) => ['user', param(r)],
  'POST /api/v1/accounts/{id}/grants': (_r, d) => ['role_grant', d.id],
  'DELETE /api/v1/accounts/{id}/grants/{grant_id}': (r) => ['role_grant', r.params?.grant_id],
  'POST /api/v1/role-grants/{id}/confirm': (r) => ['role_grant', param(r)],
  'POST /api/v1/me/links': (_r, d) => ['role_grant', d.id],
  'POST /api/v1/api-keys': (_r, d) => ['api_key', d.id],
  'DELETE /api/v1/api-keys/{id}': (r) => ['api_key', param(r)],
  'POST /api/v1/invitations': (_r, d) => ['invitation', d.id],
  'DELETE /api/v1/invitations/{id}': (r) => ['invitation', param(r)],
  'POST /api/v1/invitations/accept': (_r, d) => ['invitation', d.id],
  'POST /api/v1/leagues': (_r, d) => ['league', d.id],
  'PATCH /api/v1/leagues/{id}': (_r, d) => ['league', d.id],
  'POST /api/v1/leagues/{id}/schedule': (r) => ['league', param(r)],
  'POST /api/v1/leagues/{id}/schedule/imports': (_r, d) => ['import_job', d.id],
  'PATCH /api/v1/leagues/{id}/schedule/{game_id}': (r) => ['bb_game', r.params?.game_id],
  'DELETE /api/v1/leagues/{id}/schedule/{game_id}': (r) => ['bb_game', r.params?.game_id],
  'POST /api/v1/basketball/teams': (_r, d) => ['bb_team', d.id],
  'POST /api/v1/basketball/players': (_r, d) => ['bb_player', d.id],
  'POST /api/v1/basketball/games': (_r, d) => ['bb_game', d.id],
  'POST /api/v1/basketball/games/{id}/events': (r) => ['bb_game', param(r)],
  'PUT /api/v1/basketball/games/{id}/plays/{seq}': (r) => ['bb_game', param(r)],
  'DELETE /api/v1/basketball/games/{id}/plays/{seq}': (r) => ['bb_game', param(r)],
  'POST /api/v1/basketball/games/{id}/accept': (r) => ['bb_game', param(r)],
  'POST /api/v1/basketball/games/{id}/decline': (r) => ['bb_game', param(r)],
  'POST /api/v1/basketball/players/{id}/merge': (r) => ['bb_player', param(r)],
  'POST /api/v1/basketball/player-merges/{id}/split': (_r, d) => ['bb_player', d.kept_player_id],
  'POST /api/v1/basketball/imports': (_r, d) => ['import_job', d.id],
  'POST /api/v1/me/follows': (_r, d) => ['follow', d.id],
  'DELETE /api/v1/me/follows/{id}': (r) => ['follow', param(r)],
  'POST /api/v1/me/notifications/read': () => null,
  'PATCH /api/v1/me/digest': () => null,
  'POST /api/v1/media': (_r, d) => ['media', d.id],
  'POST /api/v1/media/uploads': (_r, d) => ['media', d.media.id],
  'POST /api/v1/media/{id}/complete': (r) => ['media', param(r)],
  'DELETE /api/v1/media/{id}': (r) => ['media', param(r)],
  'POST /api/v1/golf/courses': (_r, d) => ['golf_course', d.id],
  'POST /api/v1/golf/courses/import': (_r, d) => ['golf_course', d.imported[0]?.id],
  'POST /api/v1/golf/rounds': (_r, d) => ['golf_round', d.id],
  'PUT /api/v1/golf/rounds/{id}/holes/{n}': (r) => ['golf_round', param(r)],
  'POST /api/v1/golf/rounds/{id}/finish': (r) => ['golf_round', param(r)],
  'POST /api/v1/golf/rounds/{id}/confirm': (r) => ['golf_round', param(r)],
  'POST /api/v1/golf/rounds/{id}/decline': (r) => ['golf_round', param(r)],
  'POST /api/v1/golf/events': (_r, d) => ['golf_event', d.id],
  'PATCH /api/v1/golf/events/{id}': (r) => ['golf_event', param(r)],
  'POST /api/v1/golf/events/{id}/entries': (r) => ['golf_event', param(r)],
  // A group is the golf round it starts.
  'POST /api/v1/golf/events/{id}/groups': (_r, d) => ['golf_round', d.round.id],
  'POST /api/v1/predictions/models/{name}/{version}/load': (r) => ['model_version', `${r.params?.name}@${r.params?.version}`],
  'DELETE /api/v1/predictions/models/{name}/{version}/load': (r) => ['model_version', `${r.params?.name}@${r.params?.version}`],
  'POST /api/v1/predictions/training': (_r, d) => ['training_job', d.id],
};

let app: TestApp;
let inbox: SmtpInbox;
let admin: Caller;
let adminKey: Caller & { keyId: string };
beforeAll(async () => {
  // A site that sends mail, so asking for a reset link is a write that succeeds.
  inbox = await startSmtpInbox();
  app = await startTestApp({ SMTP_URL: inbox.url, NEXTAUTH_URL: 'http://localhost' });
  const callers = await makeCallers(app.database.db);
  await setUpWriteMatrix(app, callers);
  admin = callers.sessions.admin;
  const key = await createApiKey(app.database.db, admin.userId ?? '', 'audit walk', 'write');
  // Named as the admin: the matrix's requests pick rounds and keys by the caller's name and id.
  adminKey = { ...admin, headers: { authorization: `Bearer ${key.key}` }, keyId: key.id };
});
afterAll(async () => {
  await backgroundImportsSettled();
  await app?.close();
  await inbox?.close();
});

const lastAuditId = async () =>
  (await app.database.db.select({ id: auditLog.id }).from(auditLog)).reduce((max, r) => Math.max(max, r.id), 0);

describe('audit walk: every write operation leaves its audit row', () => {
  it('finds the write operations', () => {
    expect(writes.length).toBeGreaterThan(15);
  });

  for (const { endpoint, op } of writes) {
    it(`${endpoint} (${op.operationId})`, async () => {
      const row = writeMatrix.find((r) => r.endpoint === endpoint);
      if (!row) throw new Error(`${endpoint}: no request in test/support/write-matrix.ts; add one`);
      const target = targets[endpoint];
      if (!target) throw new Error(`${endpoint}: no expected target in audit-walk.test.ts; add one`);
      const action = op['x-audit-action'];
      if (!action) throw new Error(`${endpoint}: its contract declares no audit action`);
      const byKey = op.security.some((s) => 'apiKey' in s);
      let caller = byKey ? adminKey : admin;
      let request: WriteRequest;
      if (endpoint === 'DELETE /api/v1/me') {
        // The matrix sends a wrong password (its callers must live on); here a throwaway account goes.
        const leaving = await makeUser(app.database.db, 'player');
        caller = { name: 'leaving', userId: leaving.id, headers: { cookie: await sessionCookie(leaving.id, 'player') } };
        request = { body: { password: 'correct horse battery' } };
      } else {
        request = await row.request(caller);
      }
      // Building the request may write (and audit) too: count from here.
      const before = await lastAuditId();
      const res = await sendWrite(endpoint, caller, request);
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      const data = res.status === 204 ? undefined : ((await res.json()) as { data: Data }).data;

      const rows = await app.database.db.select().from(auditLog).where(gt(auditLog.id, before));
      expect(rows).toHaveLength(1);
      const expected = target(request, data);
      if (expected === 'self') {
        // Actor and target are the one account: not the admin who sent the matrix's request.
        expect(rows[0]).toMatchObject({ action, targetType: 'user', requestId, actorApiKeyId: null });
        expect(rows[0]?.actorId).toBe(rows[0]?.targetId);
        if (endpoint === 'DELETE /api/v1/me') expect(rows[0]?.actorId).toBe(caller.userId);
        else expect(rows[0]?.actorId).not.toBe(admin.userId);
        return;
      }
      // A sign-up is the new account's own act; everything else is the caller's.
      const actorId = endpoint === 'POST /api/v1/accounts' ? data.id : admin.userId;
      expect(rows[0]).toMatchObject({
        action,
        actorId,
        actorApiKeyId: byKey && actorId === admin.userId ? adminKey.keyId : null,
        targetType: expected ? expected[0] : null,
        targetId: expected ? String(expected[1]) : null,
        requestId,
      });
    });
  }
});
