import type { FastifyInstance } from 'fastify';
import { isoDateIn } from '../../../shared/time/dates';
import { endDueTerminations } from './termination-end.service';

/** How often pending notices are checked; a notice ends on a date, so an hour is punctual enough. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Ends the cooperations whose notice has run out (IOP-5): once when the app is ready and then
 * hourly, on the instance's calendar date. The timer does not keep the process alive and stops
 * when the app closes. With several app processes each sweeps; the row lock makes that harmless.
 */
export function registerTerminationSweep(app: FastifyInstance, intervalMs = SWEEP_INTERVAL_MS): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const sweep = () => {
    if (running) return running;
    running = endDueTerminations(app.db, isoDateIn(new Date(), app.timeZone))
      .then((ended) => {
        if (ended > 0) app.log.info({ ended }, 'cooperations ended by notice');
      })
      .catch((err: unknown) => app.log.error({ err }, 'termination sweep failed'))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
