import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addJobTrackEmployerInput,
  closeInput,
  createJobTrackInput,
  createOfferInput,
  jobTrackExportQuery,
  jobTrackList,
  jobTrackOptions,
  jobTrackQuery,
  jobTrackView,
  offerList,
  offerOutcomeInput,
  offerView,
  startJobTrackInput,
} from '../../../shared/employers/employer-offers.schemas';
import type { Access } from '../../http/fastify-types';
import { sendGeneratedFile } from '../files/download-headers';
import { closeOffer, createOffer, listOffers, recordOfferOutcome } from './employer-offer.service';
import { exportJobTracks } from './job-track-export.service';
import { addJobTrackEmployer, createJobTrack, endJobTrack, getJobTrack, jobTrackOptions as readJobTrackOptions, listJobTracks, startJobTrack } from './job-track.service';

const read: { access: Access } = { access: { permission: 'employers.read' } };
const write: { access: Access } = { access: { permission: 'employers.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['employers'];

/** Offers of job partnerships with their outcomes, and job tracks (EMP-2, EMP-4). */
export const employerOfferRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/cooperations/:id/offers', { config: read, schema: { tags, params: idParams, response: { 200: offerList } } }, async (req) =>
    listOffers(app.db, req.ctx, req.params.id, req.language),
  );
  app.post(
    '/api/cooperations/:id/offers',
    { config: write, schema: { tags, params: idParams, body: createOfferInput, response: { 201: offerView } } },
    async (req, reply) => reply.code(201).send(await createOffer(app.db, req.ctx, req.params.id, req.body, req.language)),
  );
  app.post('/api/offers/:id/close', { config: write, schema: { tags, params: idParams, body: closeInput, response: { 200: offerView } } }, async (req) =>
    closeOffer(app.db, req.ctx, req.params.id, req.body, req.language),
  );
  app.put(
    '/api/offers/:id/outcomes',
    { config: write, schema: { tags, params: idParams, body: offerOutcomeInput, response: { 200: offerView } } },
    async (req) => recordOfferOutcome(app.db, req.ctx, req.params.id, req.body, req.language),
  );

  app.get('/api/job-tracks', { config: read, schema: { tags, querystring: jobTrackQuery, response: { 200: jobTrackList } } }, async (req) =>
    listJobTracks(app.db, req.ctx, req.query, req.language),
  );
  app.get('/api/job-tracks/export', { config: read, schema: { tags, querystring: jobTrackExportQuery } }, async (req, reply) => {
    const { lang, ...query } = req.query;
    const file = await exportJobTracks(app.db, req.ctx, query, { language: lang ?? req.language, timeZone: app.timeZone });
    return sendGeneratedFile(reply, { mediaType: file.mediaType, fileName: file.fileName, body: file.bytes });
  });
  app.get('/api/job-tracks/options', { config: read, schema: { tags, response: { 200: jobTrackOptions } } }, async (req) =>
    readJobTrackOptions(app.db, req.ctx, req.language),
  );
  app.post('/api/job-tracks', { config: write, schema: { tags, body: createJobTrackInput, response: { 201: jobTrackView } } }, async (req, reply) =>
    reply.code(201).send(await createJobTrack(app.db, req.ctx, req.body, req.language)),
  );
  app.get('/api/job-tracks/:id', { config: read, schema: { tags, params: idParams, response: { 200: jobTrackView } } }, async (req) =>
    getJobTrack(app.db, req.ctx, req.params.id, req.language),
  );
  app.post('/api/job-tracks/:id/start', { config: write, schema: { tags, params: idParams, body: startJobTrackInput, response: { 200: jobTrackView } } }, async (req) =>
    startJobTrack(app.db, req.ctx, req.params.id, req.body, req.language),
  );
  app.post('/api/job-tracks/:id/end', { config: write, schema: { tags, params: idParams, body: closeInput, response: { 200: jobTrackView } } }, async (req) =>
    endJobTrack(app.db, req.ctx, req.params.id, req.body, req.language),
  );
  app.post(
    '/api/job-tracks/:id/employers',
    { config: write, schema: { tags, params: idParams, body: addJobTrackEmployerInput, response: { 200: jobTrackView } } },
    async (req) => addJobTrackEmployer(app.db, req.ctx, req.params.id, req.body, req.language),
  );
};
