import http from 'node:http';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/server/db/database';
import { deleteOrphanBlobs } from '../../src/server/modules/files/file-blob.repository';
import { pdfBytes } from '../../src/server/modules/files/file-fixtures.test-helper';
import { type AppProcess, createEmptyPostgresDatabase, describeOutput, startAppProcess } from '../support/app-process';
import { DEMO_PASSWORD, makeOrganisation, makeUser } from '../support/factories';
import { multipartFile } from '../support/multipart';
import { onPostgres } from '../support/test-database';

const BASE_URL = process.env.TEST_DATABASE_URL ?? '';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => undefined);
  cleanup = [];
});

type Session = { cookie: string; csrfToken: string };

async function freshDatabase(): Promise<{ url: string; handle: DatabaseHandle }> {
  const database = await createEmptyPostgresDatabase(BASE_URL, 'samverkan_two');
  cleanup.push(database.drop);
  const handle = await openDatabase({ kind: 'postgres', url: database.url, poolSize: 2 });
  cleanup.push(handle.close);
  return { url: database.url, handle };
}

/** Two processes on one database, each with its own empty data folder: nothing can pass through a local disk. */
async function twoProcesses(url: string): Promise<[AppProcess, AppProcess]> {
  const a = await startAppProcess({ databaseUrl: url });
  cleanup.push(a.stop);
  const b = await startAppProcess({ databaseUrl: url });
  cleanup.push(b.stop);
  expect(a.dataDir).not.toBe(b.dataDir);
  return [a, b];
}

/** An officer and an organisation, made directly in the shared database. */
async function officerAndOrganisation(handle: DatabaseHandle): Promise<{ email: string; organisationId: string }> {
  const officer = await makeUser(handle.db, { roles: ['officer'] });
  const organisation = await makeOrganisation(handle.db);
  return { email: officer.email, organisationId: organisation.id };
}

async function login(app: AppProcess, email: string): Promise<Session> {
  const response = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** A small real PDF whose bytes differ by `label` (a comment line), padded to about `size` bytes. */
function distinctPdf(label: string, size = 1024): Buffer {
  const comment = Buffer.from(`%${label}\n`, 'latin1');
  const padding = Buffer.from(`%${'x'.repeat(Math.max(0, size - pdfBytes.length - comment.length - 2))}\n`, 'latin1');
  return Buffer.concat([pdfBytes, comment, padding]);
}

async function upload(app: AppProcess, session: Session, organisationId: string, bytes: Buffer, name: string): Promise<Response> {
  const { payload, headers } = multipartFile(name, bytes, 'application/pdf');
  return fetch(`${app.baseUrl}/api/organisations/${organisationId}/documents?documentType=other&year=2026`, {
    method: 'POST',
    headers: { ...headers, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: payload,
  });
}

/**
 * An upload whose body is sent in 64 KiB pieces, `pauseMs` apart, on a connection of its own, as a
 * slow client's would be: the answer's status and body, or a rejection when the connection dies.
 */
function slowUpload(app: AppProcess, session: Session, organisationId: string, bytes: Buffer, name: string, pauseMs: number): Promise<{ status: number; body: string }> {
  const { payload, headers } = multipartFile(name, bytes, 'application/pdf');
  const target = new URL(`${app.baseUrl}/api/organisations/${organisationId}/documents?documentType=other&year=2026`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      target,
      { method: 'POST', agent: false, headers: { ...headers, 'content-length': payload.length, cookie: session.cookie, 'x-csrf-token': session.csrfToken } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    const PIECE = 64 * 1024;
    const send = (offset: number) => {
      if (request.destroyed) return;
      if (offset >= payload.length) {
        request.end();
        return;
      }
      request.write(payload.subarray(offset, offset + PIECE));
      setTimeout(() => send(offset + PIECE), pauseMs);
    };
    send(0);
  });
}

async function download(app: AppProcess, session: Session, organisationId: string, documentId: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${app.baseUrl}/api/organisations/${organisationId}/documents/${documentId}/content`, { headers: { cookie: session.cookie } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe.runIf(onPostgres)('two app processes, each with its own disk, on one PostgreSQL (issue 16 point 2)', () => {
  it('a session, an upload and a download cross between them: login on A, upload on A, download on B, logout on B ends the session on A', { timeout: 240_000 }, async () => {
    const { url, handle } = await freshDatabase();
    const [a, b] = await twoProcesses(url);
    const { email, organisationId } = await officerAndOrganisation(handle);

    const session = await login(a, email);
    const bytes = distinctPdf('crossing', 1.5 * 1024 * 1024);
    const uploaded = await upload(a, session, organisationId, bytes, 'Stadgar.pdf');
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { id: documentId } = (await uploaded.json()) as { id: string };

    // B never saw the upload: its data folder is its own, so the content can only come from the database.
    const fromB = await download(b, session, organisationId, documentId);
    expect(fromB.status).toBe(200);
    expect(fromB.bytes.equals(bytes)).toBe(true);

    const logout = await fetch(`${b.baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
    expect(logout.status).toBeLessThan(300);
    const onA = await fetch(`${a.baseUrl}/api/auth/session`, { headers: { cookie: session.cookie } });
    expect(onA.status).toBe(401);
    expect((await download(a, session, organisationId, documentId)).status).toBe(401);
  });

  it('kill -9 of one process during 100 concurrent uploads: every acknowledged upload downloads from the other, and no blob is left without its file', { timeout: 300_000 }, async () => {
    const { url, handle } = await freshDatabase();
    const [a, b] = await twoProcesses(url);
    const { email, organisationId } = await officerAndOrganisation(handle);
    const session = await login(a, email);

    const files = Array.from({ length: 100 }, (_, i) => ({ name: `Bilaga ${i}.pdf`, bytes: distinctPdf(`upload-${i}`, 768 * 1024 + i * 1024) }));
    const acknowledged = new Map<string, Buffer>();
    let refused = 0;
    // All 100 start at once; their bodies arrive at different speeds, so their answers come one
    // after another over about a second instead of all together.
    const uploads = files.map(async (file, i) => {
      try {
        const response = await slowUpload(a, session, organisationId, file.bytes, file.name, 2 + i / 2);
        if (response.status !== 201) {
          refused += 1;
          return;
        }
        acknowledged.set((JSON.parse(response.body) as { id: string }).id, file.bytes);
        // Killed the moment the tenth answer arrives, while the others are still under way.
        if (acknowledged.size === 10) a.kill('SIGKILL');
      } catch {
        // The connection died with the process: this upload was never acknowledged.
      }
    });
    await Promise.all(uploads);
    const exit = await a.exited;
    expect(exit.signal, describeOutput(a)).toBe('SIGKILL');
    expect(refused, describeOutput(a)).toBe(0);
    expect(acknowledged.size).toBeGreaterThanOrEqual(10);
    // The kill must have cut uploads under way, or the test proved nothing.
    expect(acknowledged.size).toBeLessThan(files.length);

    for (const [documentId, bytes] of acknowledged) {
      const fromB = await download(b, session, organisationId, documentId);
      expect(fromB.status, documentId).toBe(200);
      expect(fromB.bytes.equals(bytes), documentId).toBe(true);
    }

    const orphans = () =>
      sql<{ count: string }>`SELECT count(*) AS count FROM file_blob b WHERE NOT EXISTS (SELECT 1 FROM file f WHERE f.storage_key = b.sha256)`
        .execute(handle.db)
        .then((r) => Number(r.rows[0]?.count));
    // The blob is written in the upload's own transaction, so a killed upload leaves nothing behind.
    expect(await orphans()).toBe(0);
    // The cleanup job, run as if its hour's grace had passed for every blob: it finds nothing to remove.
    expect(await deleteOrphanBlobs(handle.db, new Date(Date.now() + 60_000))).toBe(0);
    expect(await orphans()).toBe(0);
    // An upload committed just before the kill may have lost only its answer: it is whole all the same.
    const documents = await handle.db.selectFrom('organisation_document').select('id').where('organisation_id', '=', organisationId).execute();
    const stored = new Set(documents.map((d) => d.id));
    for (const documentId of acknowledged.keys()) expect(stored.has(documentId), documentId).toBe(true);
    const contents = new Set(files.map((f) => f.bytes.toString('base64')));
    for (const documentId of stored) {
      const fromB = await download(b, session, organisationId, documentId);
      expect(fromB.status, documentId).toBe(200);
      expect(contents.has(fromB.bytes.toString('base64')), documentId).toBe(true);
    }
  });
});
