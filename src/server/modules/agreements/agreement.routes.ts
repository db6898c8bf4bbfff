import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { INT4_MAX } from '../../../shared/http/number.schemas';
import {
  agreementCompareView,
  agreementDetailView,
  agreementListView,
  agreementQuery,
  agreementVersionView,
  annexView,
  compareQuery,
  createAgreementInput,
  createAnnexInput,
  createAnnexVersionInput,
  reviseAgreementInput,
  signedDocumentQuery,
  updateAgreementInput,
} from '../../../shared/agreements/agreement.schemas';
import type { Access } from '../../http/fastify-types';
import { readSingleUpload } from '../files/multipart-upload';
import {
  compareAgreementVersions,
  createAgreement,
  getAgreement,
  getAgreementVersion,
  listAgreements,
  reviseAgreement,
  updateAgreement,
  uploadSignedDocument,
} from './agreement.service';
import { addAnnexVersion, createAnnex } from './annex.service';

const read: { access: Access } = { access: { permission: 'agreements.read' } };
const write: { access: Access } = { access: { permission: 'agreements.write' } };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['agreements'];

/** Agreements of cooperations with their versions, comparison, signed document and annexes (IOP-5, AGR-7). */
export const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/agreements',
    { config: read, schema: { tags, querystring: agreementQuery, response: { 200: agreementListView } } },
    async (req) => listAgreements(app.db, req.ctx, req.query.cooperationId),
  );
  app.post(
    '/api/agreements',
    { config: write, schema: { tags, body: createAgreementInput, response: { 201: agreementDetailView } } },
    async (req, reply) => reply.code(201).send(await createAgreement(app.db, req.ctx, req.body)),
  );
  app.get(
    '/api/agreements/:id',
    { config: read, schema: { tags, params: idParams, response: { 200: agreementDetailView } } },
    async (req) => getAgreement(app.db, req.ctx, req.params.id),
  );
  app.patch(
    '/api/agreements/:id',
    { config: write, schema: { tags, params: idParams, body: updateAgreementInput, response: { 200: agreementDetailView } } },
    async (req) => updateAgreement(app.db, req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/agreements/:id/versions/:number',
    {
      config: read,
      schema: { tags, params: z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1).max(INT4_MAX) }), response: { 200: agreementVersionView } },
    },
    async (req) => getAgreementVersion(app.db, req.ctx, req.params.id, req.params.number),
  );
  app.post(
    '/api/agreements/:id/revisions',
    { config: write, schema: { tags, params: idParams, body: reviseAgreementInput, response: { 201: agreementDetailView } } },
    async (req, reply) => reply.code(201).send(await reviseAgreement(app.db, req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/agreements/:id/compare',
    { config: read, schema: { tags, params: idParams, querystring: compareQuery, response: { 200: agreementCompareView } } },
    async (req) => compareAgreementVersions(app.db, req.ctx, req.params.id, req.query),
  );
  app.post(
    '/api/agreements/:id/signed-document',
    {
      config: write,
      schema: { tags, params: idParams, querystring: signedDocumentQuery, consumes: ['multipart/form-data'], response: { 200: agreementDetailView } },
    },
    async (req) => {
      const { bytes, fileName } = await readSingleUpload(req);
      return uploadSignedDocument(app.db, req.ctx, app.fileStorage, req.params.id, { ...req.query, bytes, originalName: fileName });
    },
  );
  app.post(
    '/api/agreements/:id/annexes',
    { config: write, schema: { tags, params: idParams, body: createAnnexInput, response: { 201: annexView } } },
    async (req, reply) => reply.code(201).send(await createAnnex(app.db, req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/annexes/:id/versions',
    { config: write, schema: { tags, params: idParams, body: createAnnexVersionInput, response: { 201: annexView } } },
    async (req, reply) => reply.code(201).send(await addAnnexVersion(app.db, req.ctx, req.params.id, req.body)),
  );
};
