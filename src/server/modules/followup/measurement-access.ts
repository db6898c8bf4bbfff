import { hasPermission, type Permission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import { type RequestContext, rolesOf } from '../../http/request-context';
import { assertPartnerPeriodOpen, partnerOfCooperation } from '../partner/partner-report.service';
import { findMeasuredCooperation } from './measurement.repository';

/** Reading or saving measurements. */
export type MeasurementAccessMode = 'read' | 'write';

/**
 * Whose cooperations a caller may measure: staff every cooperation, a partner only those where
 * the organisation it speaks for is a party (issue 11 point 4), any other answering 404.
 */
export type MeasurementScope = { all: true } | { all: false; partner: true };

const PERMISSION_OF: Record<MeasurementAccessMode, Permission> = { read: 'measurements.read', write: 'measurements.write' };

/** The caller's scope for a mode, after checking the permission (401/403 otherwise). */
export function measurementScope(ctx: RequestContext, mode: MeasurementAccessMode): MeasurementScope {
  assertPermitted(ctx.actor, PERMISSION_OF[mode]);
  // Staff read the register; a caller who does not is a partner, kept to its own organisation.
  if (ctx.actor.kind === 'system' || hasPermission(rolesOf(ctx.actor), 'cooperations.read')) return { all: true };
  return { all: false, partner: true };
}

/**
 * Throws unless the caller may read or write the cooperation's measurements; 404 for an unknown
 * cooperation and, for a partner, for another organisation's. A partner writes the cooperation as a
 * whole (not a cluster of the agreement with Arbetsförmedlingen, 403) and only while its report for
 * the period is neither submitted nor approved (409). `staffOnly` keeps a write to staff (403 for a partner).
 */
export async function assertMeasurementAccess(
  db: Db,
  ctx: RequestContext,
  cooperationId: string,
  mode: MeasurementAccessMode,
  write: { period?: string; clusterId?: string | null; staffOnly?: boolean } = {},
): Promise<{ id: string; title: string }> {
  const scope = measurementScope(ctx, mode);
  if (!scope.all && mode === 'write' && write.staffOnly) throw new DomainError('forbidden');
  const cooperation = found(await findMeasuredCooperation(db, cooperationId));
  if (scope.all) return cooperation;
  const organisation = await partnerOfCooperation(db, ctx, cooperationId);
  if (mode === 'write') {
    if ((write.clusterId ?? null) !== null) throw new DomainError('forbidden');
    if (write.period) await assertPartnerPeriodOpen(db, { cooperationId, organisationId: organisation.id, period: write.period });
  }
  return cooperation;
}
