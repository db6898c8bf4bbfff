import { CompiledQuery, type KyselyPlugin, type QueryId, type RootOperationNode } from 'kysely';
import type { Db } from '../../src/server/db/database';

/** One node of a PostgreSQL plan (`EXPLAIN (FORMAT JSON)`), with the fields the tests look at. */
export type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
};

/** A statement that was run and its plan. */
export type ExplainedStatement = { sql: string; plan: PlanNode };

/**
 * Runs `work` on a database handle that records every statement it executes (the repositories'
 * exact SQL and parameters), then asks PostgreSQL for each statement's plan.
 */
export async function explainStatements(db: Db, work: (db: Db) => Promise<unknown>): Promise<ExplainedStatement[]> {
  // Subqueries pass through transformQuery too; only statements that return a result ran.
  const built = new Map<QueryId, RootOperationNode>();
  const ran: RootOperationNode[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      built.set(queryId, node);
      return node;
    },
    transformResult: async ({ queryId, result }) => {
      const node = built.get(queryId);
      if (node) ran.push(node);
      return result;
    },
  };
  await work(db.withPlugin(recorder));
  const explained: ExplainedStatement[] = [];
  for (const [i, node] of ran.entries()) {
    const compiled = db.getExecutor().compileQuery(node, { queryId: `explain-${i}` });
    const result = await db.executeQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]),
    );
    const plan = result.rows[0]?.['QUERY PLAN'][0].Plan;
    if (plan) explained.push({ sql: compiled.sql, plan });
  }
  return explained;
}

/** Every node of a plan, depth first. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** A plan as indented text, for failure messages. */
export function planText(plan: PlanNode, depth = 0): string {
  const detail = [plan['Index Name'] && `using ${plan['Index Name']}`, plan['Relation Name'] && `on ${plan['Relation Name']}`, plan['Index Cond'], plan.Filter && `filter ${plan.Filter}`]
    .filter(Boolean)
    .join(' ');
  return [`${'  '.repeat(depth)}${plan['Node Type']} ${detail}`, ...(plan.Plans ?? []).map((p) => planText(p, depth + 1))].join('\n');
}
