import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { controlProgrammeRoutes } from './control-programme.routes';
import { membershipRoutes } from './membership.routes';

/** Employers: Integrationspakten, job partnerships and their controls (EMP-1–4, issue 14). */
export const employersPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(controlProgrammeRoutes);
  await app.register(membershipRoutes);
};
