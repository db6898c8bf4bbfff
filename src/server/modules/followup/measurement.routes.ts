import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { measurementGridQuery, measurementGridView, saveMeasurementsInput } from '../../../shared/followup/measurement.schemas';
import type { Access } from '../../http/fastify-types';
import { getMeasurementGrid, saveMeasurements } from './measurement.service';

const read: { access: Access } = { access: { permission: 'measurements.read' } };
const write: { access: Access } = { access: { permission: 'measurements.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['follow-up'];

/** Disaggregated measurements of a cooperation's plan indicators: the year's grid and saving one period (AGR-6). */
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
};
