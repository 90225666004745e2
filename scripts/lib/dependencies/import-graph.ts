// The project's own import graph, read with the TypeScript compiler's parser: which of our files
// each file imports. Type-level imports count (`import type`, `import { type X }`, `export … from`,
// inline import types): a cycle of types is still a cycle of modules a reader must hold at
// once. `.astro` files contribute their frontmatter and their <script> tags.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import of one of our files by another; paths are relative to the root, with `/`. */
export interface ProjectImport {
  from: string;
  to: string;
  /** The specifier as written, for messages. */
  specifier: string;
  /** 1-based line of the import in `from` (in an .astro file, the line in the .astro file). */
  line: number;
  /** True when only types come through (`import type`, `export type … from`, every name `type`). */
  typeOnly: boolean;
}

/** An import that names something other than one of our files: a package, `node:…`, `astro:…`. */
export interface OutsideImport {
  from: string;
  specifier: string;
  line: number;
}

export interface ImportGraph {
  /** Every file read, relative to the root, with `/`. */
  files: string[];
  imports: ProjectImport[];
  outside: OutsideImport[];
}

const codeFile = /\.(ts|mts|mjs|js|astro)$/;
const skipped = /(^|\/)(node_modules|fixtures|\.astro|dist)(\/|$)/;
/** Extensions tried, in order, for a relative specifier written without one or as `.js`. */
const tried = ['', '.ts', '.mts', '.mjs', '.js', '.astro', '/index.ts', '/index.mjs', '/index.js'];

const slash = (path: string) => path.split(sep).join('/');

function listFiles(root: string, paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const full = join(root, path);
    if (!existsSync(full)) continue;
    if (statSync(full).isFile()) {
      files.push(slash(path));
      continue;
    }
    for (const name of readdirSync(full, { recursive: true, encoding: 'utf8' })) {
      const file = slash(join(path, name));
      if (codeFile.test(file) && !skipped.test(file.slice(slash(path).length))) files.push(file);
    }
  }
  return [...new Set(files)].sort();
}

/** The TypeScript parts of a file, each with the line it starts on (0-based) in the file. */
function scriptParts(file: string, text: string): { code: string; firstLine: number }[] {
  if (!file.endsWith('.astro')) return [{ code: text, firstLine: 0 }];
  const parts: { code: string; firstLine: number }[] = [];
  const lineOf = (index: number) => text.slice(0, index).split('\n').length - 1;
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push({ code: frontmatter[1]!, firstLine: lineOf(frontmatter.index + frontmatter[0].indexOf('\n') + 1) });
  for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    parts.push({ code: script[1]!, firstLine: lineOf(script.index + script[0].indexOf('>') + 1) });
  }
  return parts;
}

interface Found {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

/** Every module specifier a piece of code names, statically or with a literal dynamic import. */
function specifiersIn(code: string, firstLine: number, fileName: string): Found[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Found[] = [];
  const add = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + firstLine + 1;
    found.push({ specifier: literal.text, line, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const namedAllTypes =
        clause !== undefined &&
        clause.name === undefined &&
        clause.namedBindings !== undefined &&
        ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((element) => element.isTypeOnly);
      add(node.moduleSpecifier, clause !== undefined && (clause.phaseModifier === ts.SyntaxKind.TypeKeyword || namedAllTypes));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const allTypes = node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((element) => element.isTypeOnly);
      add(node.moduleSpecifier, node.isTypeOnly || allTypes);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      add(node.arguments[0], false);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The file a relative specifier names, relative to the root; undefined when none exists. */
function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const bare = specifier.split('?')[0]!;
  const base = resolve(root, dirname(from), bare);
  const candidates = tried.map((extension) => base + extension);
  if (bare.endsWith('.js')) candidates.push(base.slice(0, -3) + '.ts');
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return slash(relative(root, candidate));
  }
  return undefined;
}

/**
 * Reads every code file under `paths` (folders or files, relative to `root`) and returns which of
 * our files each imports. Relative specifiers that name a file outside `paths` (content/, a CSS
 * file) are still our files and appear in `imports`; unresolvable ones appear with the specifier
 * as written.
 */
export function importGraph(root: string, paths: readonly string[]): ImportGraph {
  const files = listFiles(root, paths);
  const imports: ProjectImport[] = [];
  const outside: OutsideImport[] = [];
  for (const from of files) {
    const text = readFileSync(join(root, from), 'utf8');
    for (const part of scriptParts(from, text)) {
      for (const { specifier, line, typeOnly } of specifiersIn(part.code, part.firstLine, from)) {
        if (specifier.startsWith('.') || specifier.startsWith('/')) {
          const to = resolveRelative(root, from, specifier) ?? slash(relative(root, resolve(root, dirname(from), specifier.split('?')[0]!)));
          imports.push({ from, to, specifier, line, typeOnly });
        } else {
          outside.push({ from, specifier, line });
        }
      }
    }
  }
  return { files, imports, outside };
}

/** A group of files that import each other round (a strongly connected component). */
export interface ImportCycle {
  /** One shortest cycle, in import order, its first file repeated at the end. */
  cycle: string[];
  /** Every file of the group, sorted; more than `cycle` when several cycles share files. */
  files: string[];
}

/** Every import cycle among the graph's files: one for each group of files that import each other round (Tarjan). */
export function importCycles(graph: ImportGraph): ImportCycle[] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of graph.imports) {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  const connect = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || next.get(file)?.has(file)) groups.push(group);
    }
  };
  for (const file of [...next.keys()].sort()) if (!index.has(file)) connect(file);

  // In each group, the shortest way from its first file (by name) back to itself.
  return groups
    .map((group) => {
      const members = new Set(group);
      const start = [...group].sort()[0]!;
      const previous = new Map<string, string>();
      const queue = [start];
      while (queue.length > 0) {
        const file = queue.shift()!;
        for (const to of [...(next.get(file) ?? [])].sort()) {
          if (!members.has(to)) continue;
          if (to === start) {
            const path = [file];
            while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
            return { cycle: [...path, start], files: [...group].sort() };
          }
          if (!previous.has(to)) {
            previous.set(to, file);
            queue.push(to);
          }
        }
      }
      return { cycle: [start, start], files: [start] };
    })
    .sort((a, b) => a.cycle[0]!.localeCompare(b.cycle[0]!));
}
