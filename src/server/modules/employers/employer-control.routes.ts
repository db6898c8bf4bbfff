import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { controlProgrammeView } from '../../../shared/employers/control-programme.schemas';
import {
  controlCheckParams,
  controlParams,
  createControlProgrammeInput,
  employerControlsView,
  employerParams,
  recordControlCheckInput,
  updateControlInput,
} from '../../../shared/employers/employer-control.schemas';
import { evidenceFileView } from '../../../shared/lifecycle/lifecycle.schemas';
import type { Access } from '../../http/fastify-types';
import { setDownloadHeaders } from '../files/download-headers';
import { readSingleUpload } from '../files/multipart-upload';
import { createControlProgramme, updateControl } from './control-programme.service';
import { getEmployerControls, openControlEvidence, recordControlCheck, uploadControlEvidence } from './employer-control.service';

const read: { access: Access } = { access: { permission: 'employers.read' } };
const write: { access: Access } = { access: { permission: 'employers.write' } };
const manage: { access: Access } = { access: { permission: 'reference.manage' } };
const tags = ['employers'];

/** The controls of an employer (EMP-2) and the administration of the programmes they come from. */
export const employerControlRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/employers/:organisationId/controls',
    { config: read, schema: { tags, params: employerParams, response: { 200: employerControlsView } } },
    async (req) => getEmployerControls(app.db, req.ctx, req.params.organisationId),
  );
  app.post(
    '/api/employers/:organisationId/control-checks',
    { config: write, schema: { tags, params: employerParams, body: recordControlCheckInput, response: { 201: employerControlsView } } },
    async (req, reply) => reply.code(201).send(await recordControlCheck(app.db, req.ctx, req.params.organisationId, req.body)),
  );
  app.post(
    '/api/employers/:organisationId/control-checks/evidence',
    { config: write, schema: { tags, params: employerParams, consumes: ['multipart/form-data'], response: { 201: evidenceFileView } } },
    async (req, reply) => {
      const { bytes, fileName } = await readSingleUpload(req);
      return reply.code(201).send(await uploadControlEvidence(app.db, req.ctx, app.fileStorage, req.params.organisationId, { bytes, originalName: fileName }));
    },
  );
  app.get(
    '/api/employers/:organisationId/control-checks/:checkId/evidence',
    { config: read, schema: { tags, params: controlCheckParams } },
    async (req, reply) => {
      const { file, stream } = await openControlEvidence(app.db, req.ctx, app.fileStorage, req.params.organisationId, req.params.checkId);
      return setDownloadHeaders(reply, file).send(stream);
    },
  );
  app.post(
    '/api/reference/employer-controls',
    { config: manage, schema: { tags: ['reference'], body: createControlProgrammeInput, response: { 201: z.array(controlProgrammeView) } } },
    async (req, reply) => reply.code(201).send(await createControlProgramme(app.db, req.ctx, req.body)),
  );
  app.patch(
    '/api/reference/employer-controls/:programmeCode/controls/:controlCode',
    { config: manage, schema: { tags: ['reference'], params: controlParams, body: updateControlInput, response: { 200: z.array(controlProgrammeView) } } },
    async (req) => updateControl(app.db, req.ctx, req.params.programmeCode, req.params.controlCode, req.body),
  );
};
