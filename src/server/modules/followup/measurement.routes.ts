import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clusterProgressionQuery, clusterProgressionView, saveClusterMappingInput } from '../../../shared/followup/measurement-progression.schemas';
import {
  createMeasurementCategoryInput,
  measurementCategoryParams,
  measurementCategoryView,
  measurementGridQuery,
  measurementGridView,
  saveMeasurementsInput,
  updateMeasurementCategoryInput,
} from '../../../shared/followup/measurement.schemas';
import { createMeasurementCategory, listMeasurementCategories, updateMeasurementCategory } from './measurement-category.service';
import type { Access } from '../../http/fastify-types';
import { getClusterProgression, saveClusterMapping } from './measurement-progression.service';
import { getMeasurementGrid, saveMeasurements } from './measurement.service';

const read: { access: Access } = { access: { permission: 'measurements.read' } };
const write: { access: Access } = { access: { permission: 'measurements.write' } };
const writeMapping: { access: Access } = { access: { permission: 'cluster-mappings.write' } };
const manage: { access: Access } = { access: { permission: 'reference.manage' } };
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
    { config: writeMapping, schema: { tags, params: clusterParams, body: saveClusterMappingInput, response: { 200: clusterProgressionView } } },
    async (req) => saveClusterMapping(app.db, req.ctx, req.params.id, req.params.clusterId, req.body),
  );
  app.get(
    '/api/measurement-categories',
    { config: read, schema: { tags, response: { 200: z.array(measurementCategoryView) } } },
    async (req) => listMeasurementCategories(app.db, req.ctx),
  );
  app.post(
    '/api/measurement-categories',
    { config: manage, schema: { tags, body: createMeasurementCategoryInput, response: { 201: measurementCategoryView } } },
    async (req, reply) => reply.code(201).send(await createMeasurementCategory(app.db, req.ctx, req.body)),
  );
  app.patch(
    '/api/measurement-categories/:dimension/:code',
    { config: manage, schema: { tags, params: measurementCategoryParams, body: updateMeasurementCategoryInput, response: { 200: measurementCategoryView } } },
    async (req) => updateMeasurementCategory(app.db, req.ctx, req.params, req.body),
  );
};
