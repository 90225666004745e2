import { readFileSync } from 'node:fs';
import { LineCounter, isScalar, parseDocument, visit } from 'yaml';

/** A sentence-bearing string from YAML, with where it starts in its file. */
export interface ProseString {
  text: string;
  line: number;
  column: number;
}

/**
 * The prose inside YAML (data files and MDX frontmatter): every string value that holds a
 * sentence (has 「。」). Labels and names without one are not prose and are left alone.
 * `firstLine` is where the YAML starts in its file (2 for frontmatter).
 */
export function proseInYaml(yaml: string, firstLine = 1): ProseString[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter });
  const strings: ProseString[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('。') || !node.range) return;
      // A block scalar (`>-` or `|`) starts on the line after its indicator.
      const block = node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL';
      const start = block ? yaml.indexOf('\n', node.range[0]) + 1 : node.range[0];
      const indent = block ? /^ */.exec(yaml.slice(start))![0].length : 0;
      const at = lineCounter.linePos(start + indent);
      strings.push({ text: node.value, line: at.line + firstLine - 1, column: at.col });
    },
  });
  return strings;
}

/** The frontmatter of an MDX file, and the line its YAML starts on. */
export function frontmatterOf(file: string): { yaml: string; firstLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  return match ? { yaml: match[1]!, firstLine: 2 } : undefined;
}
