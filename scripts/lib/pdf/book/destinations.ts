import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';

/**
 * The named destinations of a PDF laid out by Vivliostyle, by the id of the element each marks,
 * with the 0-based page it lands on. Vivliostyle writes a destination for every element a link
 * of the page points to (the contents, the references 「（→ N ページ）」), and names it after the
 * whole address of the page it laid out: `viv-id-http:003a:002f:002f127:002e0:002e0:002e1…:0023ch1`,
 * each character other than a letter or digit written as `:` and four hex digits. The id is what
 * follows the address's `#`.
 */
export function readDestinations(document: PDFDocument): Map<string, number> {
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  const found = new Map<string, number>();
  for (const [name, value] of destinationEntries(document)) {
    const target = destinationArray(document, value)?.get(0);
    const index = target instanceof PDFRef ? pageIndex.get(target.toString()) : undefined;
    if (index === undefined) continue;
    found.set(destinationId(name), index);
  }
  return found;
}

/** The id a Vivliostyle destination name marks; a name that is not Vivliostyle's is its own id. */
export function destinationId(name: string): string {
  if (!name.startsWith('viv-id-')) return name;
  const address = name.slice('viv-id-'.length).replace(/:([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const hash = address.indexOf('#');
  return decodeURIComponent(hash === -1 ? address : address.slice(hash + 1));
}

/** The catalog's /Dests dictionary as name → destination (an array, or a dictionary with /D). */
export function destinationEntries(document: PDFDocument): [string, unknown][] {
  const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return [];
  return dests.entries().map(([key, value]) => [key.decodeText(), value]);
}

/** Removes the named destinations whose page is no longer in the file (the covers, taken out of the print shop's block). */
export function dropDestinationsOffThePages(document: PDFDocument): void {
  const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return;
  const pages = new Set(document.getPages().map((page) => page.ref.toString()));
  for (const [key, value] of dests.entries()) {
    const target = destinationArray(document, value)?.get(0);
    if (!(target instanceof PDFRef) || !pages.has(target.toString())) dests.delete(key);
  }
}

function destinationArray(document: PDFDocument, value: unknown): PDFArray | undefined {
  const resolved = value instanceof PDFRef ? document.context.lookup(value) : value;
  if (resolved instanceof PDFArray) return resolved;
  if (resolved instanceof PDFDict) return resolved.lookupMaybe(PDFName.of('D'), PDFArray);
  return undefined;
}

/**
 * Gives the named destinations short names (d0, d1 …) and points the links and bookmarks at
 * them. Vivliostyle's names hold the address the book was laid out from (a local server's),
 * and most are longer than the 127 bytes PDF readers are asked to accept (PDF 1.7, annex C).
 * Returns how many were renamed.
 */
export function renameDestinations(document: PDFDocument): number {
  const context = document.context;
  const dests = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return 0;
  const renamed = new Map<string, PDFName>();
  const fresh = PDFDict.withContext(context);
  dests.entries().forEach(([key, value], index) => {
    const short = PDFName.of(`d${index}`);
    renamed.set(key.decodeText(), short);
    fresh.set(short, value);
  });
  const old = document.catalog.get(PDFName.of('Dests'));
  document.catalog.set(PDFName.of('Dests'), context.register(fresh));
  // pdf-lib writes every object it holds, referenced or not.
  if (old instanceof PDFRef) context.delete(old);
  const nameOf = (value: unknown) => (value instanceof PDFName ? value.decodeText() : value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);
  const point = (dict: PDFDict | undefined) => {
    if (!dict) return;
    const dest = nameOf(dict.get(PDFName.of('Dest')));
    if (dest !== undefined && renamed.has(dest)) dict.set(PDFName.of('Dest'), renamed.get(dest)!);
    const action = dict.lookupMaybe(PDFName.of('A'), PDFDict);
    const goTo = nameOf(action?.get(PDFName.of('D')));
    if (action && goTo !== undefined && renamed.has(goTo)) action.set(PDFName.of('D'), renamed.get(goTo)!);
  };
  for (const page of document.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let index = 0; index < (annots?.size() ?? 0); index++) point(annots!.lookupMaybe(index, PDFDict));
  }
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const walk = (item: PDFDict | undefined) => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      point(current);
      walk(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return renamed.size;
}
