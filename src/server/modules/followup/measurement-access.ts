import type { Permission } from '../../../shared/users/permissions.rules';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { findMeasuredCooperation } from './measurement.repository';

/** Reading or saving measurements. */
export type MeasurementAccessMode = 'read' | 'write';

/**
 * Whose cooperations a caller may measure: staff see every cooperation. The scope is the one
 * place to widen when partners report measurements for their own organisation's cooperations
 * (issue 11 point 4): a partner scope would carry the organisation and be matched against the
 * cooperation's parties in `assertMeasurementAccess`, answering 404 for any other cooperation.
 */
export type MeasurementScope = { all: true };

const PERMISSION_OF: Record<MeasurementAccessMode, Permission> = { read: 'measurements.read', write: 'measurements.write' };

/** The caller's scope for a mode, after checking the permission (401/403 otherwise). */
export function measurementScope(ctx: RequestContext, mode: MeasurementAccessMode): MeasurementScope {
  assertPermitted(ctx.actor, PERMISSION_OF[mode]);
  return { all: true };
}

/** Throws unless the caller may read or write the cooperation's measurements; 404 for an unknown cooperation. */
export async function assertMeasurementAccess(db: Db, ctx: RequestContext, cooperationId: string, mode: MeasurementAccessMode): Promise<{ id: string; title: string }> {
  measurementScope(ctx, mode);
  return found(await findMeasuredCooperation(db, cooperationId));
}
