// `npm run bench` runs every benchmark; `npm run bench -- organisations` runs one by name.
const suites: Record<string, () => Promise<unknown>> = {
  platform: () => import('./platform.bench'),
  organisations: () => import('./organisations.bench'),
  cooperations: () => import('./cooperations.bench'),
  'follow-up': () => import('./follow-up.bench'),
  'work-queue': () => import('./work-queue.bench'),
  report: () => import('./report.bench'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(suites);
for (const name of names) {
  const suite = suites[name];
  if (!suite) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== ${name} ===`);
  await suite();
}
export {};
