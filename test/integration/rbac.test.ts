// Every role, anonymous, a read key and a write key against every write endpoint: exact statuses.
// The requests and expected statuses are in test/support/write-matrix.ts; extend it when an endpoint
// arrives: the completeness test fails until you do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allContracts } from '../../lib/api/contracts';
import { backgroundImportsSettled } from '../../lib/imports/background';
import { startTestApp, type TestApp } from '../support/app';
import { makeCallers } from '../support/callers';
import { type CallerName, pick, sendWrite, setUpWriteMatrix, writeMatrix } from '../support/write-matrix';

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
    const writes = allContracts.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`);
    expect(writeMatrix.map((r) => r.endpoint).sort()).toEqual(writes.sort());
  });

  for (const row of writeMatrix) {
    for (const name of Object.keys(row.expected) as CallerName[]) {
      it(`${row.endpoint} as ${name} → ${row.expected[name]}`, async () => {
        const caller = pick(name);
        const res = await sendWrite(row.endpoint, caller, await row.request(caller));
        expect(res.status).toBe(row.expected[name]);
      });
    }
  }
});
