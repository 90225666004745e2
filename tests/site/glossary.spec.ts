import { expect, test } from '../helpers/test.ts';
import { dataFile } from '../helpers/content.ts';
import { contentFrontmatter, sitemapPaths } from '../helpers/site.ts';

const { terms } = dataFile('glossary');
/** What a reader must see for a term: its own definition, or, for a form of collaboration, the summary on the form's page (read here from the page's file). */
const formSummaries = new Map(contentFrontmatter('forms').map(({ id, data }) => [id, String(data.summary)]));
const definitionOf = (term: (typeof terms)[number]) => term.definition ?? formSummaries.get(term.form!)!;

/**
 * あいうえお順, worked out here as a Japanese dictionary orders (JIS X 4061, not the site's code
 * nor Intl.Collator): first by the kana with their marks taken off (が → か, ぱ → は, ょ → よ, and
 * ー as the vowel before it), then plain before ゛ before ゜, then small before full size.
 */
const gojuon = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん';
const voiced = 'がぎぐげござじずぜぞだぢづでどばびぶべぼ';
const semiVoiced = 'ぱぴぷぺぽ';
const small = 'ぁぃぅぇぉっゃゅょゎ';
const baseOf = (kana: string): { base: string; mark: number; size: number } => {
  if (voiced.includes(kana)) return { base: 'かきくけこさしすせそたちつてとはひふへほ'[voiced.indexOf(kana)]!, mark: 1, size: 1 };
  if (semiVoiced.includes(kana)) return { base: 'はひふへほ'[semiVoiced.indexOf(kana)]!, mark: 2, size: 1 };
  if (small.includes(kana)) return { base: 'あいうえおつやゆよわ'[small.indexOf(kana)]!, mark: 0, size: 0 };
  if (kana === 'ゔ') return { base: 'う', mark: 1, size: 1 };
  return { base: kana, mark: 0, size: 1 };
};
const vowelOf = (base: string) => 'あいうえお'[gojuon.indexOf(base) % 5]!;
function dictionaryKey(reading: string): { primary: number[]; marks: number[]; sizes: number[] } {
  const primary: number[] = [];
  const marks: number[] = [];
  const sizes: number[] = [];
  let previous = '';
  for (const kana of reading) {
    const { base, mark, size } = kana === 'ー' ? { base: previous === 'ん' ? 'ん' : vowelOf(previous), mark: 0, size: 1 } : baseOf(kana);
    expect(gojuon, `読み「${reading}」の「${kana}」`).toContain(base);
    primary.push(gojuon.indexOf(base));
    marks.push(mark);
    sizes.push(size);
    previous = base;
  }
  return { primary, marks, sizes };
}
const compareNumbers = (a: number[], b: number[]) => {
  for (let index = 0; index < Math.min(a.length, b.length); index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
};
const dictionaryOrder = (a: string, b: string) => {
  const [x, y] = [dictionaryKey(a), dictionaryKey(b)];
  return compareNumbers(x.primary, y.primary) || compareNumbers(x.marks, y.marks) || compareNumbers(x.sizes, y.sizes);
};

test('the test’s own あいうえお order, on readings whose order is known', () => {
  const known = ['あい', 'あいかぎ', 'いたく', 'えぬぴーおー', 'きよう', 'ぎょう', 'きょうぎ', 'こうぼ', 'はし', 'ばし', 'ぱし', 'ぼしゅう', 'ほじょ', 'わをん'];
  expect([...known].reverse().sort(dictionaryOrder)).toEqual(known);
});

test('the glossary lists every term with an anchor, in あいうえお order of reading', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.locator('h1')).toHaveText('用語集');
  const ids = await page.locator('dl.glossary dt').evaluateAll((items) => items.map((item) => item.id));
  const expected = [...terms].sort((a, b) => dictionaryOrder(a.reading, b.reading) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  expect(ids).toEqual(expected.map((term) => term.id));
});

test('each term shows its reading, definition and variants', async ({ page }) => {
  await page.goto('/glossary/');
  for (const term of terms) {
    const dt = page.locator(`dt[id="${term.id}"]`);
    await expect(dt).toContainText(term.term);
    await expect(dt).toContainText(term.reading);
    const dd = dt.locator('xpath=following-sibling::dd[1]');
    await expect(dd).toContainText(definitionOf(term));
    for (const variant of term.variants) await expect(dd).toContainText(variant);
  }
});

test('the kana index links to each row that has terms', async ({ page }) => {
  await page.goto('/glossary/');
  const index = page.getByRole('navigation', { name: '五十音の索引' });
  const links = index.locator('a');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!))) {
    await expect(page.locator(`h2[id="${href.slice(1)}"]`)).toBeVisible();
  }
});

const linkedPages = sitemapPaths().filter((path) => /^\/(guideline|guidebook)\/./.test(path));

test('guideline and guidebook pages link glossary terms, each term at most once per page, never in headings or completions', async ({ page }) => {
  test.setTimeout(120_000);
  const ids = new Set(terms.map((term) => term.id));
  let linksSeen = 0;
  for (const path of linkedPages) {
    await page.goto(path);
    const links = page.locator('main a.glossary-term');
    const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
    // Each term link opens the term's own page: /glossary/<id>/.
    const targets = hrefs.map((href) => /^\/glossary\/([a-z0-9-]+)\/$/.exec(href)?.[1] ?? href);
    for (const target of targets) expect(ids.has(target), `${path} → ${target}`).toBe(true);
    expect(new Set(targets).size, path).toBe(targets.length);
    await expect(page.locator('main :is(h1, h2, h3, h4, ins.completion) a.glossary-term')).toHaveCount(0);
    linksSeen += targets.length;
  }
  expect(linksSeen).toBeGreaterThan(linkedPages.length);
});

test('協働事業提案制度 is linked as one of its own spellings, never as 協働 followed by plain text', async ({ page }) => {
  await page.goto('/guidebook/proposal-system/');
  const term = terms.find((entry) => entry.id === 'kyodo-jigyo-teian-seido')!;
  const linked = await page.locator('main a.glossary-term[href="/glossary/kyodo-jigyo-teian-seido/"]').textContent();
  expect([term.term, ...term.variants]).toContain(linked);
  const after = await page.locator('main a.glossary-term').evaluateAll((links) => links.map((link) => `${link.textContent}|${link.nextSibling?.textContent ?? ''}`));
  expect(after.filter((pair) => pair.startsWith('協働|事業提案制度'))).toEqual([]);
});

test('a term link opens a short page with the term, its reading and definition, and a way back to the list', async ({ page }) => {
  await page.goto('/guidebook/proposal-system/');
  await page.locator('main a.glossary-term[href="/glossary/kyodo-jigyo-teian-seido/"]').first().click();
  const term = terms.find((entry) => entry.id === 'kyodo-jigyo-teian-seido')!;
  await expect(page.locator('h1')).toHaveText(term.term);
  await expect(page.locator('main')).toContainText(term.reading);
  await expect(page.locator('main')).toContainText(definitionOf(term).replace(/\s+/g, ''));
  // One definition, not a page of them: shorter than two screens on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(844 * 2.5);
  await page.getByRole('link', { name: '用語集の一覧で見る' }).click();
  expect(new URL(page.url()).hash).toBe('#kyodo-jigyo-teian-seido');
});

test('a form’s term is defined by the form’s own page: the same words on the term’s page and on /forms/, with a link there', async ({ page }) => {
  const term = terms.find((entry) => entry.id === 'jigyo-kyoryoku')!;
  expect(term.form).toBe('cooperation');
  expect(term.definition).toBeUndefined();
  const summary = formSummaries.get('cooperation')!;
  await page.goto('/glossary/jigyo-kyoryoku/');
  await expect(page.locator('main')).toContainText(summary);
  await page.locator('main a[href="/forms/cooperation/"]').click();
  await expect(page.locator('main')).toContainText(summary);
  await page.goto('/forms/');
  await expect(page.locator('main')).toContainText(summary);
});
