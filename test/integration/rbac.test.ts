// Every role, anonymous, read and write keys, and callers holding grants in one league's scopes (its
// league admin, a coach and scorekeeper of one team, a coach of another, a player and parents) against
// every write endpoint: exact statuses.
// The requests and expected statuses are in test/support/write-matrix.ts; extend it when an endpoint
// arrives: the completeness test fails until you do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWrite } from '../../lib/api/audited-write';
import { allContracts } from '../../lib/api/contracts';
import { backgroundImportsSettled } from '../../lib/imports/background';
import { startTestApp, type TestApp } from '../support/app';
import { makeCallers } from '../support/callers';
import { allCallerNames, expectedStatus, pick, sendWrite, setUpWriteMatrix, writeMatrix } from '../support/write-matrix';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await setUpWriteMatrix(app, await makeCallers(app.database.db));
});
afterAll(async () => {
  // Uploads import after the response; let them finish before the database goes away.
  await backgroundImportsSettled();
  await app?.close();
});

describe('RBAC matrix', () => {
  it('covers every write endpoint in the API', () => {
    const writes = allContracts.filter(isWrite).map((c) => `${c.method} ${c.path}`);
    expect(writeMatrix.map((r) => r.endpoint).sort()).toEqual(writes.sort());
  });

  for (const row of writeMatrix) {
    for (const name of allCallerNames) {
      const status = expectedStatus(row, name);
      it(`${row.endpoint} as ${name} → ${status}`, async () => {
        const caller = pick(name);
        const res = await sendWrite(row.endpoint, caller, await row.request(caller));
        expect(res.status, await res.clone().text()).toBe(status);
      });
    }
  }
});
