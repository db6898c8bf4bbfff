import { randomBytes } from 'node:crypto';

/** A database name no other run will pick: prefix, time and randomness. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

/** The same server URL pointing at another database. */
export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The URL used to create and drop test databases (the one given, as is). */
export function adminUrl(baseUrl: string): string {
  return baseUrl;
}
