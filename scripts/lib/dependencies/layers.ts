// The project's layers, as rules on its own import graph (issue 27). Part of `npm run check` and
// of the unit tests; each problem is one Japanese line naming both files and what to do.
//
// 1. src/lib/ is plain TypeScript that any layer may use: it imports only other src/lib/ files,
//    Node's modules (node:…) and npm packages. Not astro:…, not src/plugins/, not content/.
// 2. No import cycle among our own modules, type-level imports included.
// 3. scripts/ do not import src/integrations/: an Astro integration is for astro.config.mjs; the
//    logic a script shares with it belongs in src/lib/ or scripts/lib/.
import { isBuiltin } from 'node:module';
import { importCycles, importGraph, type ImportGraph } from './import-graph.ts';

/** The project's own modules, whose imports the rules read. */
export const layeredPaths = ['src', 'scripts', 'astro.config.mjs'];

const inLib = (file: string) => file.startsWith('src/lib/');
const inScripts = (file: string) => file.startsWith('scripts/');
const inIntegrations = (file: string) => file.startsWith('src/integrations/');

/** A package specifier: `node:fs`, `fs`, `zod`, `@astrojs/mdx/server.js`; not `astro:content`, `virtual:…`. */
const isPackage = (specifier: string) => specifier.startsWith('node:') || isBuiltin(specifier) || /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[^:]*)?$/i.test(specifier);

/** Every breach of the layer rules in the graph, as Japanese lines naming the files and the remedy. */
export function layerProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const { from, to, specifier, line } of graph.imports) {
    if (inLib(from) && !inLib(to)) {
      problems.push(
        `${from}:${line} src/lib/ のファイルが src/lib/ の外の ${to} を読み込んでいます（'${specifier}'）。src/lib/ は Astro にもほかの層にも依存しない層で、読み込めるのは src/lib/ の中と node: とパッケージだけです。使う処理を src/lib/ に移すか、このファイルを使う側の層（scripts/lib/ など）に移してください。`,
      );
    }
    if (inScripts(from) && inIntegrations(to)) {
      problems.push(
        `${from}:${line} スクリプトが Astro インテグレーションの ${to} を読み込んでいます（'${specifier}'）。src/integrations/ は astro.config.mjs のためのものです。共通の処理を src/lib/ か scripts/lib/ に移し、インテグレーションとスクリプトの両方からそこを読み込んでください。`,
      );
    }
  }
  for (const { from, specifier, line } of graph.outside) {
    if (inLib(from) && !isPackage(specifier)) {
      problems.push(
        `${from}:${line} src/lib/ のファイルが '${specifier}' を読み込んでいます。src/lib/ が読み込めるのは src/lib/ の中と node: とパッケージだけです（astro: などは Astro の中でしか動きません）。この処理を src/site-data/ などの Astro の層に移してください。`,
      );
    }
  }
  for (const { cycle, files } of importCycles(graph)) {
    const others = files.filter((file) => !cycle.includes(file));
    const group = others.length > 0 ? `（同じ輪に入るファイル: ${others.join('、')}）` : '';
    problems.push(
      `読み込みが循環しています: ${cycle.join(' → ')}${group}。型だけの読み込み（import type）も数えます。共通の部分（型や関数）を、どちらも読み込む別の小さなファイルに移すか、どちらかの向きの読み込みをやめてください。`,
    );
  }
  return problems;
}

/** The layer problems of the project at `root` (or of a fixture): none means the layers hold. */
export function checkLayers(root: string, paths: readonly string[] = layeredPaths): string[] {
  return layerProblems(importGraph(root, paths));
}
