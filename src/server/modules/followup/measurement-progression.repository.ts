import type { Updateable } from 'kysely';
import type { Db } from '../../db/database';
import { isoTimestamp } from '../../db/iso-timestamp';
import type { ClusterMappingTable } from '../../db/schema-measurements';

const mappingColumns = [
  'id',
  'cluster_id',
  'unemployed',
  'unemployed_women',
  'unemployed_men',
  'description',
  'participants_indicator_id',
  'started_work_indicator_id',
  'started_studies_indicator_id',
  'version',
] as const;

/** The mappings of the given clusters for a year. */
export function findClusterMappings(db: Db, clusterIds: string[], year: number) {
  if (clusterIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cluster_mapping')
    .select([...mappingColumns, isoTimestamp('updated_at').as('updated_at')])
    .where('cluster_id', 'in', clusterIds)
    .where('year', '=', year)
    .execute();
}

/** One cluster's mapping for a year, locked for a save. */
export function findClusterMappingForUpdate(db: Db, clusterId: string, year: number) {
  return db.selectFrom('cluster_mapping').select(mappingColumns).where('cluster_id', '=', clusterId).where('year', '=', year).forUpdate().executeTakeFirst();
}

type MappingValues = Omit<Updateable<ClusterMappingTable>, 'id' | 'cluster_id' | 'year' | 'version'>;

/** Records a cluster's first mapping of a year; undefined when a concurrent save got there first. */
export function insertClusterMapping(db: Db, clusterId: string, year: number, values: MappingValues) {
  return db
    .insertInto('cluster_mapping')
    .values({ ...values, cluster_id: clusterId, year })
    .onConflict((oc) => oc.columns(['cluster_id', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** Changes a mapping still at the given version; false when someone else saved first. */
export async function updateClusterMappingIfVersion(db: Db, id: string, version: number, values: MappingValues): Promise<boolean> {
  const result = await db
    .updateTable('cluster_mapping')
    .set({ ...values, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
