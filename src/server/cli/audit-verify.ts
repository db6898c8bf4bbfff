import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { headProblemMessage, parseArchivedHeads } from '../../shared/audit/audit-head.rules';
import { loadConfig } from '../config/env';
import { openConfiguredDatabase } from '../db/open-configured';
import { checkArchivedHeads, verifyAuditChain } from '../modules/audit/audit.service';

// `npm run audit:verify [-- --head <file>]`: walks the audit chain and, given archived chain heads
// (decision 022), checks that the chain still reaches each of them. Exit code 1 for a broken or
// shortened chain, 2 for a head file that cannot be read.
const SWEDISH_REASONS: Record<string, string> = {
  'link to the previous row does not match': 'länken till föregående rad stämmer inte',
  'content does not match its hash': 'innehållet stämmer inte med hashen',
};
const MAX_PROBLEMS_SHOWN = 5;

function readHeadFile(file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`Kan inte läsa huvudfilen ${file} (Cannot read the head file ${file}): ${(error as Error).message}`);
    process.exit(2);
  }
  const parsed = parseArchivedHeads(text);
  if (!parsed.ok) {
    console.error(`Huvudfilen ${file} rad ${parsed.line} är inte ett kedjehuvud (Line ${parsed.line} of the head file ${file} is not a chain head): ${parsed.error}`);
    process.exit(2);
  }
  return parsed.heads;
}

const { values } = parseArgs({ options: { head: { type: 'string' } } });
const heads = values.head === undefined ? undefined : readHeadFile(values.head);

const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    console.log(`Granskningsloggen är obruten: ${result.rows} rader kontrollerade (Audit log intact: ${result.rows} rows verified.)`);
  } else {
    const swedish = SWEDISH_REASONS[result.reason] ?? result.reason;
    console.error(
      `Granskningsloggen är BRUTEN vid rad-id ${result.brokenId}: ${swedish}, efter ${result.rows - 1} obrutna rader ` +
        `(Audit log BROKEN at row id ${result.brokenId}: ${result.reason} (after ${result.rows - 1} intact rows).)`,
    );
    process.exitCode = 1;
  }
  if (heads) {
    const checks = await checkArchivedHeads(database.db, heads);
    // The newest heads first: they say the most about what is missing at the end.
    const problems = checks.flatMap((c) => (c.result.kind === 'match' ? [] : [c.result])).reverse();
    if (problems.length === 0) {
      const newest = heads.at(-1);
      console.log(
        `Kedjan når alla ${heads.length} arkiverade huvuden oförändrade, det senaste id ${newest?.id ?? '–'} ` +
          `(The chain reaches all ${heads.length} archived heads unchanged, the latest id ${newest?.id ?? '–'}).`,
      );
    } else {
      console.error(
        `${problems.length} av ${heads.length} arkiverade huvuden stämmer inte med kedjan (${problems.length} of ${heads.length} archived heads do not match the chain):`,
      );
      for (const problem of problems.slice(0, MAX_PROBLEMS_SHOWN)) console.error(`- ${headProblemMessage(problem)}`);
      if (problems.length > MAX_PROBLEMS_SHOWN) {
        const more = problems.length - MAX_PROBLEMS_SHOWN;
        console.error(`… och ${more} till (and ${more} more).`);
      }
      process.exitCode = 1;
    }
  }
} finally {
  await database.close();
}
