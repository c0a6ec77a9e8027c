import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A text a person can read, and where it is written. */
export interface VisibleText {
  where: string;
  text: string;
}

/** JSX attributes whose value a person reads on screen (or hears from a screen reader). */
const READ_ATTRIBUTES = new Set([
  'label',
  'legend',
  'help',
  'title',
  'description',
  'placeholder',
  'aria-label',
  'notice',
  'busyLabel',
  'alt',
  'caption',
  'empty',
  'emptyText',
  'hint',
  'summary',
]);
/** zod checks whose string argument becomes a field's error message. */
const ZOD_CHECKS = new Set(['min', 'max', 'length', 'regex', 'refine', 'email', 'url', 'nonempty', 'startsWith', 'endsWith', 'int', 'positive', 'nonnegative']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The literal text of a string or template expression; `${…}` parts become a blank, since their values are not names. */
function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter((t) => t !== null).join(' | ') || null;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [literalText(node.left), literalText(node.right)].filter((t) => t !== null).join(' … ') || null;
  return null;
}

const calleeName = (call: ts.CallExpression | ts.NewExpression): string => {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
};

/**
 * Every text a user can meet that the code spells out: error messages the core raises (CairnError and the
 * regulatory rules' refusals), CLI refusals, zod check messages, and the renderer's JSX text and read
 * attributes. Read from the source with the TypeScript parser, so a new message is covered without a list.
 */
export function visibleTexts(root: string, dirs: readonly string[]): VisibleText[] {
  const found: VisibleText[] = [];
  for (const file of dirs.flatMap((d) => sourceFiles(join(root, d)))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const add = (node: ts.Node, text: string | null) => {
      if (text === null || text.trim() === '') return;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${relative(root, file)}:${line + 1}`, text });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && calleeName(node) === 'CairnError') add(node, literalText(node.arguments?.[1]));
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        if (name === 'refused') add(node, literalText(node.arguments[1]));
        if (ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'CliFailure')
          add(node, literalText(node.arguments[0]));
        if (ZOD_CHECKS.has(name)) for (const arg of node.arguments) if (ts.isStringLiteral(arg) || ts.isTemplateExpression(arg)) add(arg, literalText(arg));
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'message') add(node, literalText(node.initializer));
      if (ts.isJsxText(node)) add(node, node.text);
      if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
        const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
        add(node, literalText(value));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Words written the way code names things (`riskAcceptableWithExternalControls`), which no sentence should hold. */
export const CAMEL_CASE = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g;
