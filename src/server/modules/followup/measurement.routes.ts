import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clusterProgressionQuery, clusterProgressionView, saveClusterMappingInput } from '../../../shared/followup/measurement-progression.schemas';
import { measurementGridQuery, measurementGridView, saveMeasurementsInput } from '../../../shared/followup/measurement.schemas';
import type { Access } from '../../http/fastify-types';
import { getClusterProgression, saveClusterMapping } from './measurement-progression.service';
import { getMeasurementGrid, saveMeasurements } from './measurement.service';

const read: { access: Access } = { access: { permission: 'measurements.read' } };
const write: { access: Access } = { access: { permission: 'measurements.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const clusterParams = z.strictObject({ id: z.uuid(), clusterId: z.uuid() });
const tags = ['follow-up'];

/** Disaggregated measurements of a cooperation's plan indicators: the year's grid, saving one period, and cluster progression (AGR-6, 003 §7.1). */
export const measurementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/cooperations/:id/measurements',
    { config: read, schema: { tags, params: idParams, querystring: measurementGridQuery, response: { 200: measurementGridView } } },
    async (req) => getMeasurementGrid(app.db, req.ctx, req.params.id, req.query),
  );
  app.put(
    '/api/cooperations/:id/measurements',
    { config: write, schema: { tags, params: idParams, body: saveMeasurementsInput, response: { 200: measurementGridView } } },
    async (req) => saveMeasurements(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/cooperations/:id/cluster-progression',
    { config: read, schema: { tags, params: idParams, querystring: clusterProgressionQuery, response: { 200: clusterProgressionView } } },
    async (req) => getClusterProgression(app.db, req.ctx, req.params.id, req.query.year),
  );
  app.put(
    '/api/cooperations/:id/clusters/:clusterId/mapping',
    { config: write, schema: { tags, params: clusterParams, body: saveClusterMappingInput, response: { 200: clusterProgressionView } } },
    async (req) => saveClusterMapping(app.db, req.ctx, req.params.id, req.params.clusterId, req.body),
  );
};
