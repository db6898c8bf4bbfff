import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  markedReadView,
  notificationList,
  notificationPreferencesInput,
  notificationPreferencesView,
  notificationQuery,
  notificationView,
  unreadCountView,
} from '../../../shared/notifications/notification.schemas';
import type { Access } from '../../http/fastify-types';
import {
  countUnreadNotifications,
  getNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
} from './notification.service';
import { registerWeeklyDigestJob } from './digest.job';

// Every logged-in user has notifications of their own; the service keeps each to their own rows.
const own: { access: Access } = { access: 'authenticated' };
const idParams = z.strictObject({ id: z.uuid() });
const tags = ['notifications'];

/** The bell and the notifications page (issue 12): the caller's notifications, read marks and delivery preferences. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  registerWeeklyDigestJob(app);
  app.get('/api/notifications', { config: own, schema: { tags, querystring: notificationQuery, response: { 200: notificationList } } }, async (req) =>
    listNotifications(app.db, req.ctx, req.query),
  );
  app.get('/api/notifications/unread-count', { config: own, schema: { tags, response: { 200: unreadCountView } } }, async (req) =>
    countUnreadNotifications(app.db, req.ctx),
  );
  app.post('/api/notifications/read-all', { config: own, schema: { tags, response: { 200: markedReadView } } }, async (req) =>
    markAllNotificationsRead(app.db, req.ctx),
  );
  app.post('/api/notifications/:id/read', { config: own, schema: { tags, params: idParams, response: { 200: notificationView } } }, async (req) =>
    markNotificationRead(app.db, req.ctx, req.params.id),
  );
  app.get('/api/notifications/preferences', { config: own, schema: { tags, response: { 200: notificationPreferencesView } } }, async (req) =>
    getNotificationPreferences(app.db, req.ctx),
  );
  app.put(
    '/api/notifications/preferences',
    { config: own, schema: { tags, body: notificationPreferencesInput, response: { 200: notificationPreferencesView } } },
    async (req) => saveNotificationPreferences(app.db, req.ctx, req.body),
  );
};
