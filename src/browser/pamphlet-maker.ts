// The pamphlet maker's behaviour. What the organiser types stays in this browser: it is written
// into the preview as text (never markup) and kept in the address's fragment (#…), which is never
// sent to a server, so a reload keeps it and a shared link opens the same filled pamphlet.
// Nothing typed, pasted or opened from a link is ever cut: a value longer than its field holds is
// kept, marked with how much is over, and printing is refused until it is shortened.
import { characterCount } from '../lib/print/event-fields.ts';
import { layoutSettled, overflowingSheets, printedLines } from './pamphlet-fit.ts';

const form = document.querySelector<HTMLFormElement>('#maker-form')!;
const statusLine = document.querySelector<HTMLElement>('#maker-status')!;
const link = document.querySelector<HTMLInputElement>('#maker-link')!;
const preview = document.querySelector<HTMLElement>('.maker-preview')!;
const messages = form.dataset;
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
/** Every field the organiser fills: the typed ones, and the kind of event chosen from a list. */
const allFields = [...form.querySelectorAll<Field>('input[name], textarea[name], select[name]')];
/** The typed fields, each with a limit and a count of characters beside it. */
const fields = allFields.filter((field): field is HTMLInputElement | HTMLTextAreaElement => !(field instanceof HTMLSelectElement));

/** A message with its `{name}` slots filled. */
const fill = (template: string | undefined, values: Record<string, string | number>) => (template ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** 「講演会・イベントの名前」、「問い合わせ」: fields named as the form labels them. */
const fieldNames = (list: readonly (HTMLInputElement | HTMLTextAreaElement)[]) =>
  list.map((field) => fill(messages.msgFieldName, { label: field.labels?.[0]?.textContent ?? field.name })).join(messages.msgListJoin ?? '');

const limitOf = (field: HTMLInputElement | HTMLTextAreaElement) => Number(field.dataset.limit);
const overBy = (field: HTMLInputElement | HTMLTextAreaElement) => characterCount(field.value) - limitOf(field);

/** The values in the address's fragment: `#name=…&date=…`. */
const fromFragment = () => new URLSearchParams(location.hash.slice(1));

/** Writes every field into the print layout, as text, whole, and the values into the fragment. */
function apply(): void {
  const values = new URLSearchParams();
  for (const field of allFields) {
    // A kind prints as its option's word (「講演会・イベント」 for none in particular).
    const text = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.dataset.word ?? field.value) : field.value;
    for (const target of preview.querySelectorAll<HTMLElement>(`[data-event-value="${field.name}"]`)) target.textContent = text;
    // A list's default (the pamphlet's own kind) stays out of the address; any other choice goes in, even none.
    if (field instanceof HTMLSelectElement ? field.value !== field.dataset.default : field.value) values.set(field.name, field.value);
  }
  const fragment = values.toString();
  history.replaceState(null, '', fragment ? `#${fragment}` : location.pathname + location.search);
  link.value = location.href;
}

/**
 * Shows under each field how many characters are left, or how many are over; marks a field that
 * is over (aria-invalid, and a sign beside the count that is not colour alone).
 */
function updateCounts(): void {
  for (const field of fields) {
    const over = overBy(field);
    const count = document.getElementById(`count-${field.name}`)!;
    count.querySelector('.maker-count-text')!.textContent = over > 0 ? fill(messages.msgOver, { n: over, max: limitOf(field) }) : fill(messages.msgRemaining, { n: -over, max: limitOf(field) });
    count.toggleAttribute('data-over', over > 0);
    if (over > 0) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
}

/**
 * What stops the pamphlet from printing, in words, or '' when it fits: first any field over its
 * limit, by name; else any side of the paper with an overfull panel, naming the fields whose text
 * takes more lines than their write-in space (what to shorten).
 */
function problem(): string {
  const over = fields.filter((field) => overBy(field) > 0);
  if (over.length > 0) return fill(messages.msgFieldsOver, { fields: fieldNames(over) });
  const sheets = overflowingSheets(preview);
  if (sheets.length === 0) return '';
  const crowded = fields.filter((field) => {
    const printed = preview.querySelector(`[data-event-value="${field.name}"]`);
    return field.value.trim() !== '' && printed !== null && printedLines(printed) > (field instanceof HTMLTextAreaElement ? field.rows : 1);
  });
  const panel = sheets.join(messages.msgListJoin ?? '');
  return crowded.length > 0 ? fill(messages.msgOverflowFields, { panel, fields: fieldNames(crowded) }) : fill(messages.msgOverflow, { panel });
}

/** The problem printing was last refused for: its message keeps saying so until the problem changes. */
let refusal = '';

/**
 * Says, as text and to screen readers, what stops printing, or that it fits again. The text is
 * changed only when the message changes, so a check that finds the same thing announces nothing.
 */
function report(message: string): void {
  let text = statusLine.textContent;
  if (message) text = message === refusal ? `${messages.msgRefused ?? ''} ${message}` : message;
  else if (statusLine.dataset.state === 'overflow') text = messages.msgFits ?? '';
  if (!message) refusal = '';
  if (statusLine.textContent !== text) statusLine.textContent = text;
  statusLine.dataset.state = message ? 'overflow' : 'fits';
}

let checks = 0;
/** Whether a keystroke awaits its report: the benchmark times it from the keystroke's mark to the report (maker-update). */
let typed = false;
/**
 * Measures once fonts and layout have settled, and reports; resolves to what stops printing ('' if
 * nothing). A check overtaken by newer typing (or by a font that loaded) leaves the report to the newer one.
 */
async function check(): Promise<string> {
  const ticket = ++checks;
  await layoutSettled();
  const found = problem();
  if (ticket === checks) {
    report(found);
    if (typed) performance.measure('maker-update', 'maker-input');
    typed = false;
  }
  return found;
}

form.addEventListener('input', () => {
  performance.mark('maker-input');
  apply();
  updateCounts();
  typed = true;
  void check();
});
// The layout can change without typing: a window resized (or its text zoomed), or another slice of the typeface loaded.
window.addEventListener('resize', () => void check());
document.fonts.addEventListener('loadingdone', () => void check());

document.querySelector('#maker-print')!.addEventListener('click', async () => {
  const found = await check();
  if (found) {
    refusal = found;
    report(found);
    return;
  }
  window.print();
});

document.querySelector('#maker-share')!.addEventListener('click', async () => {
  apply();
  try {
    await navigator.clipboard.writeText(location.href);
    statusLine.textContent = messages.msgCopied ?? '';
  } catch {
    // No clipboard (permission, older browser): the link stands selected for copying by hand.
    statusLine.textContent = messages.msgCopyFailed ?? '';
  }
  link.focus();
  link.select();
});

// Start from the fragment (a shared link, or a reload), whole, then show the form: without JavaScript it stays hidden.
const initial = fromFragment();
for (const field of allFields) {
  const value = initial.get(field.name);
  // A kind not in the list (a mistyped link) leaves the list at its default rather than blank.
  if (value !== null && (!(field instanceof HTMLSelectElement) || [...field.options].some((option) => option.value === value))) field.value = value;
}
form.hidden = false;
document.querySelector<HTMLElement>('#maker-noscript')!.hidden = true;
apply();
updateCounts();
void check();
