import { expect, test } from 'vitest';
import { namespaceIds } from '../../src/lib/print/html-ids.ts';

test('ids and every reference to them get the prefix', () => {
  const html = '<h2 id="すること">すること</h2><a href="#すること">戻る</a><input id="c-1"><label for="c-1">項目</label><aside aria-labelledby="t"><h3 id="t">題</h3></aside>';
  expect(namespaceIds(html, 'ch3')).toBe(
    '<h2 id="ch3-すること">すること</h2><a href="#ch3-すること">戻る</a><input id="ch3-c-1"><label for="ch3-c-1">項目</label><aside aria-labelledby="ch3-t"><h3 id="ch3-t">題</h3></aside>',
  );
});

test('links to other pages and percent-encoded fragments are handled', () => {
  expect(namespaceIds('<a href="/glossary/#kyodo">協働</a><a href="#%E5%8D%94">協</a>', 'p')).toBe('<a href="/glossary/#kyodo">協働</a><a href="#p-協">協</a>');
});

test('an SVG arrow keeps its head: url(#…) references follow the renamed marker', () => {
  const html = '<svg><defs><marker id="arrow"></marker></defs><line marker-end="url(#arrow)"></line><rect fill="#fff"></rect></svg>';
  expect(namespaceIds(html, 'ch3')).toBe('<svg><defs><marker id="ch3-arrow"></marker></defs><line marker-end="url(#ch3-arrow)"></line><rect fill="#fff"></rect></svg>');
});
