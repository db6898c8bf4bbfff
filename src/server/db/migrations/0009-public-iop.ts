import { type Kysely, sql } from 'kysely';

/**
 * The public IOP page (IOP-10, OVR-3): a cooperation is shown to the public only when someone
 * has chosen to publish it, with a purpose written for the public (the internal description
 * never leaves the register); and the IOP contact function, a functional address and phone the
 * administrator sets, never a person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE cooperation ADD COLUMN public_summary text`.execute(db);
  await sql`ALTER TABLE cooperation ADD COLUMN published boolean NOT NULL DEFAULT false`.execute(db);
  // The public page lists only published IOPs; the partial index keeps that read small.
  await sql`CREATE INDEX cooperation_published_idx ON cooperation (form, status) WHERE published`.execute(db);
  await sql`
    INSERT INTO setting (key, value) VALUES
      ('iop_contact.address', '""'::jsonb),
      ('iop_contact.phone', '""'::jsonb),
      ('iop_contact.email', '""'::jsonb)
    ON CONFLICT (key) DO NOTHING`.execute(db);
}
