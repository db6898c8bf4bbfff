import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agreementFileRoutes } from './agreement-files.routes';
import { agreementRoutes } from './agreement.routes';

/** Agreements of cooperations: versions, comparison, signed document and annexes (IOP-5, AGR-7). */
export const agreementsPlugin: FastifyPluginAsyncZod = async (app) => {
  await app.register(agreementRoutes);
  await app.register(agreementFileRoutes);
};
