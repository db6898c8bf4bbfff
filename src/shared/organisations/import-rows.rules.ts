import type { ColumnMapping, ImportField } from './import.schemas';
import { parseOrgNumber } from './org-number.rules';
import { type CreateOrganisationInput, createOrganisationInput, type OrganisationKind } from './organisation.schemas';

/** A legal form as the import matches it: by code, Swedish or English name. */
export type KnownLegalForm = { kind: OrganisationKind; code: string; nameSv: string; nameEn: string; active: boolean };

export type RowProblem = { field: string; message: string };
export type CheckedRow =
  | { line: number; ok: true; organisation: CreateOrganisationInput }
  | { line: number; ok: false; problems: RowProblem[] };

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.()_-]+/g, ' ')
    .trim();

const kindWords: Record<OrganisationKind, string[]> = {
  civil_society: ['civil society', 'civilsamhälle', 'civilsamhället', 'idéburen', 'idéburen organisation', 'ideell', 'förening'],
  employer: ['employer', 'arbetsgivare', 'företag'],
  public_body: ['public body', 'offentlig', 'offentlig aktör', 'myndighet', 'kommun', 'region'],
};

/** The kind named in a cell (code, Swedish or English word), if any. */
export function parseKind(cell: string): OrganisationKind | undefined {
  const text = normalise(cell);
  for (const [kind, words] of Object.entries(kindWords) as [OrganisationKind, string[]][]) {
    if (normalise(kind) === text || words.some((w) => normalise(w) === text)) return kind;
  }
  return undefined;
}

function cellOf(cells: string[], mapping: ColumnMapping, field: ImportField): string | undefined {
  const index = mapping[field];
  if (index === null || index === undefined) return undefined;
  const value = cells[index]?.trim();
  return value === '' ? undefined : value;
}

const pathToField: Record<string, string> = {
  'address.street': 'street',
  'address.postalCode': 'postalCode',
  'address.city': 'city',
  'contacts.0.name': 'contactName',
  'contacts.0.role': 'contactRole',
  'contacts.0.email': 'contactEmail',
  'contacts.0.phone': 'contactPhone',
};

/**
 * Turns one spreadsheet row into a registration, or the reasons it cannot be one: the same
 * validation as the registration form (ORG-2, ORG-3) plus the legal form looked up by name.
 */
export function checkImportRow(
  row: { line: number; cells: string[] },
  mapping: ColumnMapping,
  defaultKind: OrganisationKind | null,
  legalForms: KnownLegalForm[],
): CheckedRow {
  const problems: RowProblem[] = [];
  const get = (field: ImportField) => cellOf(row.cells, mapping, field);

  const kindCell = get('kind');
  const kind = kindCell !== undefined ? parseKind(kindCell) : (defaultKind ?? undefined);
  if (!kind) problems.push({ field: 'kind', message: kindCell ? 'validation.kind.unknown' : 'validation.required' });

  const legalFormCell = get('legalForm');
  let legalForm: string | undefined;
  if (legalFormCell === undefined) {
    problems.push({ field: 'legalForm', message: 'validation.required' });
  } else if (kind) {
    const wanted = normalise(legalFormCell);
    legalForm = legalForms.find(
      (f) => f.kind === kind && f.active && [f.code, f.nameSv, f.nameEn].some((n) => normalise(n) === wanted),
    )?.code;
    if (!legalForm) problems.push({ field: 'legalForm', message: 'validation.legalForm.unknown' });
  }

  const memberCell = get('memberCount');
  const memberCount = memberCell === undefined ? undefined : Number(memberCell.replace(/\s/g, ''));
  if (memberCount !== undefined && !(Number.isInteger(memberCount) && memberCount >= 0)) {
    problems.push({ field: 'memberCount', message: 'validation.memberCount' });
  }

  const contactName = get('contactName');
  const hasContact = ['contactName', 'contactRole', 'contactEmail', 'contactPhone'].some((f) => get(f as ImportField) !== undefined);
  const candidate = {
    name: get('name') ?? '',
    kind: kind ?? 'civil_society',
    legalForm: legalForm ?? '-',
    orgNumber: get('orgNumber') ?? null,
    description: get('description') ?? null,
    ...(memberCount !== undefined && Number.isInteger(memberCount) && memberCount >= 0 ? { memberCount } : {}),
    website: get('website') ?? null,
    address: { street: get('street') ?? null, postalCode: get('postalCode') ?? null, city: get('city') ?? null },
    contacts: hasContact
      ? [{ name: contactName ?? '', role: get('contactRole') ?? null, email: get('contactEmail') ?? null, phone: get('contactPhone') ?? null }]
      : [],
  };
  const parsed = createOrganisationInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      problems.push({ field: pathToField[path] ?? path, message: issue.message });
    }
  }
  if (problems.length > 0 || !parsed.success) return { line: row.line, ok: false, problems };
  return { line: row.line, ok: true, organisation: parsed.data };
}

/**
 * Checks all rows: each on its own, then organisation numbers repeated within the file (later
 * rows refused, naming the first) or already in the register.
 */
export function checkImportRows(
  rows: { line: number; cells: string[] }[],
  mapping: ColumnMapping,
  defaultKind: OrganisationKind | null,
  legalForms: KnownLegalForm[],
  registeredOrgNumbers: ReadonlySet<string>,
): CheckedRow[] {
  const firstLineOf = new Map<string, number>();
  return rows.map((row) => {
    const checked = checkImportRow(row, mapping, defaultKind, legalForms);
    if (!checked.ok) return checked;
    const orgNumber = checked.organisation.orgNumber;
    if (!orgNumber) return checked;
    const problems: RowProblem[] = [];
    if (registeredOrgNumbers.has(orgNumber)) problems.push({ field: 'orgNumber', message: 'validation.orgNumber.taken' });
    const first = firstLineOf.get(orgNumber);
    if (first !== undefined) problems.push({ field: 'orgNumber', message: 'validation.orgNumber.duplicate_in_file' });
    else firstLineOf.set(orgNumber, row.line);
    return problems.length > 0 ? { line: row.line, ok: false, problems } : checked;
  });
}

/** Organisation numbers that appear in the mapped column, normalised, for a register look-up. */
export function candidateOrgNumbers(rows: { cells: string[] }[], mapping: ColumnMapping): string[] {
  const index = mapping.orgNumber;
  if (index === null || index === undefined) return [];
  const numbers = new Set<string>();
  for (const row of rows) {
    const parsed = parseOrgNumber(row.cells[index] ?? '');
    if (parsed.ok) numbers.add(parsed.value);
  }
  return [...numbers];
}
