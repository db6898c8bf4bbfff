import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { controlProgrammeRoutes } from './control-programme.routes';
import { employerControlRoutes } from './employer-control.routes';
import { employerOfferRoutes } from './employer-offer.routes';
import { membershipRoutes } from './membership.routes';

/** Employers: Integrationspakten, job partnerships and their controls (EMP-1–4, issue 14). */
export const employersPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(controlProgrammeRoutes);
  await app.register(employerControlRoutes);
  await app.register(employerOfferRoutes);
  await app.register(membershipRoutes);
};
