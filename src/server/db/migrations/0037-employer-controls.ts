import { type Kysely, sql } from 'kysely';

/**
 * The controls of an employer in a job partnership or a job track (EMP-2, 004) as dated reference
 * data: a procurement programme, in force from a date, and its controls, each with the months a
 * passing check holds (null: the default, 12) and whether "not applicable" is an acceptable answer.
 * A new programme is a new row with its own controls from its date; the old programme's stay for
 * the checks made under it. Seeded with the programme 004 cites, "Program för inköp 2020–2023",
 * and the controls 004 lists for job partnerships.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE employer_control_programme (
      code text PRIMARY KEY CHECK (code ~ '^[a-z0-9_-]{1,60}$'),
      name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 200),
      valid_from date NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE employer_control (
      programme_code text NOT NULL REFERENCES employer_control_programme(code),
      code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,60}$'),
      name_sv text NOT NULL CHECK (char_length(btrim(name_sv)) BETWEEN 1 AND 300),
      name_en text NOT NULL CHECK (char_length(btrim(name_en)) BETWEEN 1 AND 300),
      recheck_months integer CHECK (recheck_months BETWEEN 1 AND 60),
      may_not_apply boolean NOT NULL DEFAULT false,
      position integer NOT NULL,
      PRIMARY KEY (programme_code, code)
    )`.execute(db);
  await sql`
    INSERT INTO employer_control_programme (code, name, valid_from)
    VALUES ('inkop-2020', 'Program för inköp 2020–2023', '2020-01-01')`.execute(db);
  await sql`
    INSERT INTO employer_control (programme_code, code, name_sv, name_en, recheck_months, may_not_apply, position) VALUES
      ('inkop-2020', 'pay', 'Lön enligt kollektivavtal eller motsvarande', 'Pay as by a collective agreement or its equivalent', NULL, false, 1),
      ('inkop-2020', 'working_hours', 'Arbetstid', 'Working hours', NULL, false, 2),
      ('inkop-2020', 'holidays', 'Semester', 'Holidays', NULL, false, 3),
      ('inkop-2020', 'collective_agreement', 'Kollektivavtal eller motsvarande villkor', 'Collective agreement or equivalent terms', NULL, true, 4),
      ('inkop-2020', 'work_environment', 'Arbetsmiljö enligt svensk lag', 'Work environment under Swedish law', NULL, false, 5),
      ('inkop-2020', 'taxes', 'Skatter och arbetsgivaravgifter betalda, F-skatt och arbetsgivarregistrering, inga skatteskulder', 'Taxes and employer contributions paid, F-tax and employer registration, no tax debts', NULL, false, 6),
      ('inkop-2020', 'other_laws', 'Övriga lagar följs', 'Other laws followed', NULL, false, 7)`.execute(db);
}
