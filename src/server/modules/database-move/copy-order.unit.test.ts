import { describe, expect, it } from 'vitest';
import { copyOrder, ForeignKeyCycleError } from './copy-order';

describe('copyOrder (issue 16: moving off the embedded database)', () => {
  it('puts every table after the tables its foreign keys point at', () => {
    const { order } = copyOrder(
      ['file', 'agreement', 'app_user', 'organisation', 'cooperation'],
      [
        { table: 'cooperation', columns: ['organisation_id'], references: 'organisation' },
        { table: 'agreement', columns: ['cooperation_id'], references: 'cooperation' },
        { table: 'agreement', columns: ['file_id'], references: 'file' },
        { table: 'file', columns: ['uploaded_by'], references: 'app_user' },
        { table: 'organisation', columns: ['created_by'], references: 'app_user' },
      ],
    );
    expect(order).toEqual(['app_user', 'file', 'organisation', 'cooperation', 'agreement']);
  });

  it('orders tables without keys alphabetically, the same on every run', () => {
    expect(copyOrder(['setting', 'audit_log', 'login_attempt'], []).order).toEqual(['audit_log', 'login_attempt', 'setting']);
  });

  it('returns a self-reference as columns to fill later, not as an ordering constraint', () => {
    const result = copyOrder(
      ['governance_body', 'app_user'],
      [
        { table: 'governance_body', columns: ['reports_to_id'], references: 'governance_body' },
        { table: 'governance_body', columns: ['created_by'], references: 'app_user' },
      ],
    );
    expect(result.order).toEqual(['app_user', 'governance_body']);
    expect(result.selfReferences).toEqual(new Map([['governance_body', ['reports_to_id']]]));
  });

  it('ignores keys to tables that are not copied', () => {
    expect(copyOrder(['a'], [{ table: 'a', columns: ['x'], references: 'kysely_migration' }]).order).toEqual(['a']);
  });

  it('refuses a ring through several tables and names it', () => {
    const attempt = () =>
      copyOrder(
        ['a', 'b', 'c', 'd'],
        [
          { table: 'b', columns: ['c_id'], references: 'c' },
          { table: 'c', columns: ['b_id'], references: 'b' },
          { table: 'd', columns: ['b_id'], references: 'b' },
          { table: 'b', columns: ['a_id'], references: 'a' },
        ],
      );
    expect(attempt).toThrow(ForeignKeyCycleError);
    expect(attempt).toThrow(/b, c/);
  });
});
