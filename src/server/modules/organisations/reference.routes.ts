import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordVersion } from '../../../shared/http/number.schemas';
import {
  createLegalFormInput,
  legalFormView,
  referenceDataView,
  updateLegalFormInput,
} from '../../../shared/organisations/reference.schemas';
import { organisationKindSchema } from '../../../shared/organisations/organisation.schemas';
import { createLegalForm, getReferenceData, updateLegalForm } from './reference.service';
import { settingView, updateSettingsInput } from '../../../shared/organisations/settings.schemas';
import { listSettings, updateSetting, updateSettings } from './settings.service';
import { districtHistoryView, recordDistrictSuccessionInput } from '../../../shared/organisations/district-history.schemas';
import { listDistrictHistory, recordDistrictSuccession } from './district-history.service';

/** Reference data (legal forms, areas, districts) and administrator settings. */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reference-data',
    { config: { access: { permission: 'reference.read' } }, schema: { tags: ['reference'], response: { 200: referenceDataView } } },
    async (req) => getReferenceData(app.db, req.ctx),
  );
  app.post(
    '/api/legal-forms',
    { config: { access: { permission: 'reference.manage' } }, schema: { tags: ['reference'], body: createLegalFormInput, response: { 201: legalFormView } } },
    async (req, reply) => reply.code(201).send(await createLegalForm(app.db, req.ctx, req.body)),
  );
  app.patch(
    '/api/legal-forms/:kind/:code',
    {
      config: { access: { permission: 'reference.manage' } },
      schema: {
        tags: ['reference'],
        params: z.strictObject({ kind: organisationKindSchema, code: z.string().max(100) }),
        body: updateLegalFormInput,
        response: { 200: legalFormView },
      },
    },
    async (req) => updateLegalForm(app.db, req.ctx, req.params, req.body),
  );
  app.get(
    '/api/settings',
    { config: { access: { permission: 'settings.manage' } }, schema: { tags: ['settings'], response: { 200: z.array(settingView) } } },
    async (req) => listSettings(app.db, req.ctx),
  );
  app.patch(
    '/api/settings',
    {
      config: { access: { permission: 'settings.manage' } },
      schema: { tags: ['settings'], body: updateSettingsInput, response: { 200: z.array(settingView) } },
    },
    async (req) => updateSettings(app.db, req.ctx, req.body),
  );
  app.patch(
    '/api/settings/:key',
    {
      config: { access: { permission: 'settings.manage' } },
      schema: {
        tags: ['settings'],
        params: z.strictObject({ key: z.string().max(100) }),
        body: z.strictObject({ value: z.unknown(), version: recordVersion }),
        response: { 200: settingView },
      },
    },
    async (req) => updateSetting(app.db, req.ctx, req.params.key, req.body),
  );
  // AGR-9: districts with their validity and successors, and an administrator recording a merger or split.
  app.get(
    '/api/reference/districts',
    { config: { access: { permission: 'reference.read' } }, schema: { tags: ['reference'], response: { 200: z.array(districtHistoryView) } } },
    async (req) => listDistrictHistory(app.db, req.ctx),
  );
  app.post(
    '/api/reference/districts/successions',
    {
      config: { access: { permission: 'reference.manage' } },
      schema: { tags: ['reference'], body: recordDistrictSuccessionInput, response: { 201: z.array(districtHistoryView) } },
    },
    async (req, reply) => reply.code(201).send(await recordDistrictSuccession(app.db, req.ctx, req.body)),
  );
};
