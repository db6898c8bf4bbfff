import path from 'node:path';
import { buildApp } from './app';
import { loadConfig } from './config/env';
import { migrateToLatest } from './db/migrations';
import { openConfiguredDatabase } from './db/open-configured';
import { seedDemo } from './db/seed/demo';
import { readSetting } from './modules/organisations/settings.service';
import { ensureFirstAdmin } from './db/seed/first-run';
import { createGracefulShutdown, shutDownOnSignals } from './http/graceful-shutdown';
import { createFileStorage, defaultFileStorageDir } from './modules/files/file-storage';
import { moveToDatabaseHint } from './modules/files/file-move';

const config = loadConfig();
const database = await openConfiguredDatabase(config);
await migrateToLatest(database.db);

const admin = await ensureFirstAdmin(database.db, { email: config.adminEmail, password: config.adminPassword });
let demo: Awaited<ReturnType<typeof seedDemo>> | undefined;
if (admin && config.seedDemo) demo = await seedDemo(database.db, createFileStorage());

const app = await buildApp({ config, database, webDir: path.resolve('dist/web'), jobs: {} });
shutDownOnSignals(
  createGracefulShutdown({ app, closeDatabase: database.close, timeoutMs: config.shutdownTimeoutMs, exit: (code) => process.exit(code) }),
);

await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${config.port}`;
const lines = [
  '',
  `Samverkan kör på ${url}  (databas: ${database.kind})`,
  config.smtp
    ? `E-post skickas via ${config.smtp.host}:${config.smtp.port} från ${config.smtp.from}.`
    : 'E-post: ingen SMTP-server är konfigurerad; e-posten stannar i utkorgen (Administration → Utkorg).',
];
if (admin) {
  lines.push(
    admin.generated
      ? `Första administratören: ${admin.email} / ${admin.password}  (lösenordet visas bara nu; byt det vid första inloggningen)`
      : `Första administratören: ${admin.email} (lösenord från ADMIN_PASSWORD)`,
  );
}
if (demo) {
  lines.push(
    `Demodata: ${demo.organisations} organisationer, ${demo.inRegister} samverkansärenden i registret.`,
    `Demoanvändare (en per roll), lösenord ${demo.password}:`,
    ...demo.created.map((e) => `  ${e}`),
  );
}
// Issue 15: say whether administrators must sign in with a second factor, and where that is decided.
if (await readSetting(database.db, 'auth.two_factor_required')) {
  lines.push('Tvåfaktorsinloggning krävs för administratörer; den läggs till vid första inloggningen (Administration → Inställningar → Inloggning).');
} else {
  lines.push(
    `Tvåfaktorsinloggning krävs inte${demo ? ' i demon, så demoanvändarna loggar in med lösenordet ovan' : ''}; slå på den under Administration → Inställningar → Inloggning (${url}/admin/settings).`,
  );
}
// Issue 16: file content lives in the database; an installation that kept it on disk is told how to move it.
const filesHint = await moveToDatabaseHint(database.db, defaultFileStorageDir(config.dataDir));
if (filesHint) lines.push(filesHint);
if (!admin && !demo) {
  lines.push('Logga in med ett befintligt konto. Demoanvändare (om demodata laddats): admin@demo.samverkan.local m.fl., se README.');
}
console.log(lines.join('\n'));
