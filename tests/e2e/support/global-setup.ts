import { ensureWebBuild } from '../../../scripts/ensure-web-build';

/** Builds the web app once before the browser journeys when dist/web is missing or stale. */
export default async function setup(): Promise<void> {
  await ensureWebBuild((line) => console.log(line));
}
