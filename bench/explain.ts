import { CompiledQuery, type KyselyPlugin, type PluginTransformQueryArgs, type RootOperationNode } from 'kysely';
import type { Db } from '../src/server/db/database';

type Statement = { sql: string; parameters: readonly unknown[] };

/**
 * Runs `work` on a database handle that records every statement, then prints each statement's
 * plan from `EXPLAIN (ANALYZE, BUFFERS)` (run again, so reads only): which index each step uses
 * and what it costs, statement by statement (`BENCH_EXPLAIN=1`).
 */
export async function explainStatements(db: Db, label: string, work: (db: Db) => Promise<unknown>): Promise<void> {
  const statements: Statement[] = [];
  const executor = db.getExecutor();
  const recorder: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const compiled = executor.compileQuery(args.node, args.queryId);
      statements.push({ sql: compiled.sql, parameters: compiled.parameters });
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await work(db.withPlugin(recorder));
  console.log(`\nEXPLAIN ANALYZE of the ${statements.length} statements of ${label}:`);
  for (const [n, s] of statements.entries()) {
    const { rows } = await db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, [...s.parameters]));
    console.log(`\n#${n + 1} ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
    for (const r of rows) console.log(`   ${r['QUERY PLAN']}`);
  }
}
