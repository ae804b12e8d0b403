// Every Danish string is used by some code, so dead strings do not pile up (parity.test.ts keeps
// English to the same keys). A key counts as used when the app's code (tests and test data not
// counted) holds it as a string, or holds a template literal whose pattern matches it:
// `status.${status}` covers every `status.*` key, `example.agenda.${key}.title` every agenda
// title. Typed keys make such unions exact (a `status.${MeetingStatus}` has one key per status),
// but this check only sees the pattern, so it is generous: a key is reported only when nothing
// could name it. Namespaces are not told apart, and a plural key (`count_one`, `count_other`)
// is used when its base (`count`) is.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = path.join(import.meta.dirname, '..');
const danish = path.join(import.meta.dirname, 'locales', 'da');

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => flatKeys(inner, prefix ? `${prefix}.${key}` : key));
}

function isAppCode(file: string): boolean {
  return /\.tsx?$/.test(file) && !/\.test\.tsx?$|-test-data\.ts$|\.d\.ts$/.test(file) && !file.includes('/testing/');
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(isAppCode);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings the code holds, and a pattern for each template literal that starts with text. */
function referencesIn(file: string): { literals: string[]; patterns: RegExp[] } {
  const literals: string[] = [];
  const patterns: RegExp[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
    else if (ts.isTemplateExpression(node) && node.head.text !== '') {
      // `${x}` may be any part of a key, so it stands for one or more characters.
      const body = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].map(escape).join('.+');
      patterns.push(new RegExp(`^(?:[\\w-]+:)?${body}$`));
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false));
  return { literals, patterns };
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

describe('Danish strings', () => {
  const references = sourceFiles(src).map(referencesIn);
  const named = new Set(references.flatMap((r) => r.literals.map((text) => text.replace(/^[\w-]+:/, ''))));
  const patterns = references.flatMap((r) => r.patterns);
  const used = (key: string) => named.has(key) || patterns.some((pattern) => pattern.test(key));

  const files = readdirSync(danish).filter((name) => name.endsWith('.json'));

  it.each(files)('%s has no string the code never names', (file) => {
    const keys = flatKeys(JSON.parse(readFileSync(path.join(danish, file), 'utf8')));
    const unused = keys.filter((key) => !used(key) && !used(key.replace(pluralSuffix, '')));
    expect(unused).toEqual([]);
  });
});
