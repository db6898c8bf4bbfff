import { describe, expect, it } from 'vitest';
import { escapeFormula, isFormulaLike, unescapeFormula } from './formula-escape';

describe('escapeFormula (OWASP CSV injection)', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+46 8 508 000 00', "'+46 8 508 000 00"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['＝1+1', "'＝1+1"],
  ])('prefixes %j with a single quote', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
  });

  it('leaves ordinary text, empty text and inner operators alone', () => {
    for (const text of ['Föreningen Åsa', '', '802000-1234', "'quoted", 'a=b', ' =1']) {
      expect(escapeFormula(text)).toBe(text);
      expect(isFormulaLike(text)).toBe(false);
    }
  });

  it('is undone by unescapeFormula, which touches nothing else', () => {
    for (const text of ['=SUM(A1)', '+46 8 508 000 00', '-5', '@cmd', "'80-talet", "'", 'Namn']) {
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    expect(unescapeFormula("'80-talet")).toBe("'80-talet");
  });
});
