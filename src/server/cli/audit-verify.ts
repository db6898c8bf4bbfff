import { loadConfig } from '../config/env';
import { openConfiguredDatabase } from '../db/open-configured';
import { verifyAuditChain } from '../modules/audit/audit.service';

// `npm run audit:verify`: walks the audit chain; exit code 1 names the first broken row.
const config = loadConfig();
const database = await openConfiguredDatabase(config);
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    console.log(`Audit log intact: ${result.rows} rows verified.`);
  } else {
    console.error(`Audit log BROKEN at row id ${result.brokenId}: ${result.reason} (after ${result.rows - 1} intact rows).`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
