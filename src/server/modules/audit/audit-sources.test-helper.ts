import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type AuditCodes = {
  actions: Set<string>;
  entityTypes: Set<string>;
  /** Places where an action or entity type could not be read as literal text, as `file:line`. */
  unresolved: string[];
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.test-helper.ts') ? [full] : [];
  });
}

// A literal, or a choice between literals (`vote === 'approve' ? 'x.approved' : 'x.rejected'`).
function literalsOf(node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) {
    const a = literalsOf(node.whenTrue);
    const b = literalsOf(node.whenFalse);
    return a && b ? [...a, ...b] : undefined;
  }
  return undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

// The nearest enclosing function that has a parameter of this name (closures in between are skipped).
function functionWithParameter(node: ts.Node, name: string): { fn: FunctionLike; index: number } | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n)) {
      const index = n.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (index >= 0) return { fn: n, index };
    }
  }
  return undefined;
}

function functionName(fn: FunctionLike): string | undefined {
  if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return undefined;
}

/**
 * Every audit action and entity type the server's sources can record: the `action` and
 * `entityType` of each `recordAudit(…, { … })` call, where a value passed in through a helper's
 * parameter is followed to the literals the helper's callers give in the same file. Anything else
 * is reported as unresolved, so a new way of naming actions cannot slip past the catalogue.
 */
export function scanAuditCodes(serverDir: string): AuditCodes {
  const result: AuditCodes = { actions: new Set(), entityTypes: new Set(), unresolved: [] };
  for (const file of sourceFiles(serverDir)) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('recordAudit(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${path.relative(serverDir, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const calls: ts.CallExpression[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) calls.push(node);
      ts.forEachChild(node, visit);
    };
    visit(source);

    // The literals the callers in this file pass for parameter `index` of function `name`.
    const argumentsTo = (name: string, index: number, at: ts.Node): string[] => {
      const found: string[] = [];
      for (const call of calls) {
        if (calleeName(call) !== name) continue;
        const arg = call.arguments[index];
        const literals = arg ? literalsOf(arg) : undefined;
        if (literals) found.push(...literals);
        else result.unresolved.push(where(call));
      }
      if (found.length === 0) result.unresolved.push(where(at));
      return found;
    };

    const collect = (value: ts.Expression, into: Set<string>) => {
      const literals = literalsOf(value);
      if (literals) {
        for (const l of literals) into.add(l);
        return;
      }
      // A parameter of the enclosing helper: follow it to the helper's callers.
      if (ts.isIdentifier(value)) {
        const parameter = functionWithParameter(value, value.text);
        const name = parameter ? functionName(parameter.fn) : undefined;
        if (parameter && name) {
          for (const l of argumentsTo(name, parameter.index, value)) into.add(l);
          return;
        }
      }
      result.unresolved.push(where(value));
    };

    for (const call of calls) {
      if (calleeName(call) !== 'recordAudit') continue;
      const event = call.arguments[2];
      if (!event || !ts.isObjectLiteralExpression(event)) {
        if (event) result.unresolved.push(where(event));
        continue;
      }
      for (const property of event.properties) {
        const key = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
        const into = key === 'action' ? result.actions : key === 'entityType' ? result.entityTypes : undefined;
        if (!into) continue;
        if (ts.isPropertyAssignment(property)) collect(property.initializer, into);
        else if (ts.isShorthandPropertyAssignment(property)) collect(property.name, into);
        else result.unresolved.push(where(property));
      }
    }
  }
  return result;
}
