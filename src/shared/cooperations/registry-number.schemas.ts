import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { normalizeRegistryNumber, REGISTRY_NUMBER_MAX_LENGTH } from './registry-number.rules';

/**
 * An optional registry number (diarienummer) as a field of an initiative or a cooperation: empty
 * clears it (null), anything else must read as a registry number and is stored written the one
 * way (`normalizeRegistryNumber`), so a search for it finds it whatever way it was typed.
 */
export const registryNumberField = z
  .string()
  .max(REGISTRY_NUMBER_MAX_LENGTH * 2, { error: 'validation.registryNumber' })
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value.trim() === '') return null;
    const normalized = normalizeRegistryNumber(value);
    if (normalized !== undefined) return normalized;
    ctx.addIssue({ code: 'custom', message: 'validation.registryNumber' });
    return z.NEVER;
  });

/** The body of setting an initiative's or a cooperation's registry number alone, at any stage. */
export const registryNumberInput = z.strictObject({ registryNumber: registryNumberField, version: recordVersion });
export type RegistryNumberInput = z.infer<typeof registryNumberInput>;
