import type { Readable } from 'node:stream';
import type { AnnexView, AnnexVersionFileQuery } from '../../../shared/agreements/agreement.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import type { FileStorage } from '../files/file-storage';
import { checkUpload, getFileForDownload, saveCheckedUpload } from '../files/file.service';
import type { FileView } from '../files/file.views';
import { findAgreementById, findAnnexById, findAnnexVersion, findVersion, insertAnnexVersion } from './agreement.repository';
import { loadAnnexes } from './agreement.views';

type Download = { file: FileView; stream: Readable };

/** The signed document of one version of an agreement, for download (IOP-5). */
export async function openSignedDocument(db: Db, ctx: RequestContext, storage: FileStorage, id: string, number: number): Promise<Download> {
  assertPermitted(ctx.actor, 'agreements.read');
  found(await findAgreementById(db, id));
  const version = found(await findVersion(db, id, number));
  if (!version.signed_file_id) throw new DomainError('not_found');
  return getFileForDownload(db, storage, version.signed_file_id);
}

/** The file of one version of an annex, for download (AGR-7). */
export async function openAnnexVersionFile(db: Db, ctx: RequestContext, storage: FileStorage, annexId: string, number: number): Promise<Download> {
  assertPermitted(ctx.actor, 'agreements.read');
  const version = found(await findAnnexVersion(db, annexId, number));
  if (!version.file_id) throw new DomainError('not_found');
  return getFileForDownload(db, storage, version.file_id);
}

/**
 * Adds a version of an annex filed as a document, with the decision that adopted it (AGR-7): the
 * upload is checked by the files domain before anything is stored; earlier versions stay.
 */
export async function addAnnexVersionWithFile(
  db: Db,
  ctx: RequestContext,
  storage: FileStorage,
  annexId: string,
  input: AnnexVersionFileQuery & { bytes: Buffer; originalName: string },
): Promise<AnnexView> {
  assertPermitted(ctx.actor, 'agreements.write');
  found(await findAnnexById(db, annexId));
  const checked = await checkUpload({ bytes: input.bytes, originalName: input.originalName });
  return db.transaction().execute(async (trx) => {
    const annex = found(await findAnnexById(trx, annexId, true));
    const file = await saveCheckedUpload(trx, ctx, storage, checked);
    const number = await insertAnnexVersion(trx, annexId, {
      fileId: file.id,
      text: null,
      decisionReference: input.decisionReference,
      decidedOn: input.decidedOn,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(trx, ctx, {
      action: 'agreement.annex.versioned',
      entityType: 'agreement',
      entityId: annex.agreement_id,
      data: { annexId, number, decisionReference: input.decisionReference, decidedOn: input.decidedOn, fileId: file.id, fileName: file.originalName },
    });
    return found((await loadAnnexes(trx, annex.agreement_id)).find((a) => a.id === annexId));
  });
}
