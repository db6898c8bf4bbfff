import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The application's version, from package.json. */
export function appVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
