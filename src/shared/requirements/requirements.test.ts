import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citesRequirementInProse, REQUIREMENT_GROUPS, REQUIREMENTS, requirementById } from './requirements';

const srcDir = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('the catalogue of rules', () => {
  it('holds each id once, in group order, with both languages', () => {
    const ids = REQUIREMENTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const groupOrder = REQUIREMENTS.map((r) => REQUIREMENT_GROUPS.indexOf(r.group));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
    for (const req of REQUIREMENTS) {
      expect(req.id.startsWith(`${req.group}-`)).toBe(true);
      expect(req.title.sv.trim()).not.toBe('');
      expect(req.title.en.trim()).not.toBe('');
      expect(req.text.sv.length).toBeGreaterThan(30);
      expect(req.text.en.length).toBeGreaterThan(30);
    }
  });

  it('knows every rule a gate, guidance text or check cites as its requirement', () => {
    const cited = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/requirement:\s*'([A-Z]{3}-\d+)'|'([A-Z]{3}-\d+)'/g)) cited.add(match[1] ?? match[2] ?? '');
    }
    cited.delete('');
    expect(cited.size).toBeGreaterThan(20);
    const unknown = [...cited].filter((id) => /^(ORG|DEM|INI|FRM|IOP|AGR|EMP|OVR)-/.test(id) && !requirementById(id));
    expect(unknown).toEqual([]);
  });

  it('recognises an id written inside a sentence', () => {
    expect(citesRequirementInProse('Chef med budgetansvar (INI-6).')).toBe(true);
    expect(citesRequirementInProse('Chef med budgetansvar.')).toBe(false);
    expect(citesRequirementInProse('Se IOP-10 och OVR-3')).toBe(true);
  });
});
