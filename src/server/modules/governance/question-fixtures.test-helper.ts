import { makeOrganisation } from '../../../../tests/support/factories';
import type { Session, TestApp } from '../../../../tests/support/test-app';
import { addMember, createBody, loginNewUser } from './governance-fixtures.test-helper';

/**
 * The agreement's levels as 003 sets them up (AGR-8): a strategic steering group at the top, the
 * operative steering group reporting to it and two clusters reporting to the operative group, with
 * a working group under the first cluster. Each level has a logged-in member (steering members,
 * as a partner's representatives would be) and the second cluster one member without a login.
 */
export async function agreementLevels(t: TestApp, writer: Session) {
  const employmentService = await makeOrganisation(t.database.db, { kind: 'public_body', name: 'Arbetsförmedlingen' });
  const strategic = await createBody(t, writer, { type: 'strategic_steering_group', name: 'Strategisk styrgrupp' });
  const operative = await createBody(t, writer, { type: 'operative_steering_group', name: 'Operativ styrgrupp', reportsToId: strategic.id });
  const cluster = await createBody(t, writer, { type: 'cluster', name: 'Kluster Järva', reportsToId: operative.id });
  const otherCluster = await createBody(t, writer, { type: 'cluster', name: 'Kluster Vällingby–City', reportsToId: operative.id });
  const workingGroup = await createBody(t, writer, { type: 'working_group', name: 'Arbetsgrupp Järva unga', reportsToId: cluster.id });
  const strategicRep = await loginNewUser(t, ['steering_member']);
  const operativeRep = await loginNewUser(t, ['steering_member']);
  const clusterRep = await loginNewUser(t, ['steering_member']);
  const otherClusterRep = await loginNewUser(t, ['steering_member']);
  const workingGroupRep = await loginNewUser(t, ['steering_member']);
  const organisationId = employmentService.id;
  await addMember(t, writer, strategic.id, { organisationId, userId: strategicRep.userId, name: 'Regionchef' });
  const operativeMember = await addMember(t, writer, operative.id, { organisationId, userId: operativeRep.userId, name: 'Enhetschef Järva' });
  const clusterMember = await addMember(t, writer, cluster.id, { organisationId, userId: clusterRep.userId, name: 'Sektionschef Järva' });
  const clusterMemberWithoutLogin = await addMember(t, writer, cluster.id, { organisationId, userId: null, name: 'Enhetschef Jobbtorg Kista' });
  await addMember(t, writer, otherCluster.id, { organisationId, userId: otherClusterRep.userId, name: 'Sektionschef Vällingby' });
  await addMember(t, writer, workingGroup.id, { organisationId, userId: workingGroupRep.userId, name: 'Koordinator Järva' });
  return {
    strategic,
    operative,
    cluster,
    otherCluster,
    workingGroup,
    strategicRep,
    operativeRep,
    clusterRep,
    otherClusterRep,
    workingGroupRep,
    operativeMember,
    clusterMember,
    clusterMemberWithoutLogin,
  };
}

/** A decision of a body that all its parties have approved (the approval itself is tested with the decisions). */
export async function insertDecidedDecision(t: TestApp, bodyId: string, text: string, status: 'decided' | 'proposed' = 'decided'): Promise<string> {
  const row = await t.database.db
    .insertInto('governance_decision')
    .values({ body_id: bodyId, text, status, decided_at: status === 'decided' ? new Date() : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
