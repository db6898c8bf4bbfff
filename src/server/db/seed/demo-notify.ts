import { loadConfig } from '../../config/env';
import type { NotifyOptions } from '../../modules/notifications/notify';

/**
 * How the demo's hand-offs link back into the app: the configured public address, read when the
 * seed runs (the seed is started by the same process and environment as the app).
 */
export function demoNotifyOptions(): NotifyOptions {
  return { publicUrl: loadConfig(process.env).publicUrl };
}
