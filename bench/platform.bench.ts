import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config/env';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrations';
import { systemContext } from '../src/server/http/request-context';
import { recordAudit, verifyAuditChain } from '../src/server/modules/audit/audit.service';
import { DEMO_PASSWORD, makeUser } from '../tests/support/factories';
import { generateUsers } from './generate';
import { percentile, timeMany } from './stats';

// Performance budgets of the platform, measured on the embedded database (the slower of the
// two) with generated data. Run with `npm run bench`; exits 1 when a budget is exceeded.
type Result = { name: string; value: number; unit: string; budget: number };


const USERS = 5_000;
const AUDIT_EVENTS = 1_000;

const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
await migrateToLatest(database.db);
console.log(`Generating ${USERS} users …`);
await generateUsers(database.db, USERS);
const admin = await makeUser(database.db, { roles: ['admin'], name: 'Bench Admin' });
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, logger: false });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: admin.email, password: DEMO_PASSWORD } });
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });

const results: Result[] = [];
const session = await timeMany(200, () => get('/api/auth/session'));
results.push({ name: 'GET /api/auth/session p95', value: percentile(session, 95), unit: 'ms', budget: 25 });
const list = await timeMany(100, () => get('/api/users?limit=50'));
results.push({ name: `GET /api/users (${USERS} users) p95`, value: percentile(list, 95), unit: 'ms', budget: 100 });
const search = await timeMany(100, () => get(`/api/users?q=${encodeURIComponent('åström')}&role=officer&limit=50`));
results.push({ name: 'GET /api/users search+filter p95', value: percentile(search, 95), unit: 'ms', budget: 150 });

const audit = await timeMany(AUDIT_EVENTS, () =>
  database.db.transaction().execute((trx) =>
    recordAudit(trx, systemContext('bench'), { action: 'bench.event', entityType: 'bench', entityId: '1', after: { n: 1 } }),
  ),
);
results.push({ name: 'audit append (own transaction) p95', value: percentile(audit, 95), unit: 'ms', budget: 20 });
const verifyStart = performance.now();
const verified = await verifyAuditChain(database.db);
results.push({ name: `audit:verify of ${verified.rows} rows`, value: performance.now() - verifyStart, unit: 'ms', budget: 5_000 });

await app.close();
await database.close();

let failed = 0;
for (const r of results) {
  const ok = r.value <= r.budget;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'OVER'}  ${r.name.padEnd(44)} ${r.value.toFixed(1).padStart(8)} ${r.unit}  (budget ${r.budget} ${r.unit})`);
}
if (!verified.ok) {
  console.log('audit chain did not verify');
  failed += 1;
}
if (failed > 0) process.exitCode = 1;
