// The pamphlet maker's behaviour. What the organiser types stays in this browser: it is written
// into the preview as text (never markup) and kept in the address's fragment (#…), which is never
// sent to a server, so a reload keeps it and a shared link opens the same filled pamphlet.
const form = document.querySelector<HTMLFormElement>('#maker-form')!;
const statusLine = document.querySelector<HTMLElement>('#maker-status')!;
const link = document.querySelector<HTMLInputElement>('#maker-link')!;
const messages = form.dataset;
const fields = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')];

/** The values in the address's fragment: `#name=…&date=…`. */
const fromFragment = () => new URLSearchParams(location.hash.slice(1));

/** Writes every field into the print layout, as text, and the values into the fragment. */
function apply(): void {
  const values = new URLSearchParams();
  for (const field of fields) {
    const value = field.value.slice(0, field.maxLength > 0 ? field.maxLength : undefined);
    for (const target of document.querySelectorAll<HTMLElement>(`[data-event-value="${field.name}"]`)) target.textContent = value;
    if (value) values.set(field.name, value);
  }
  const fragment = values.toString();
  history.replaceState(null, '', fragment ? `#${fragment}` : location.pathname + location.search);
  link.value = location.href;
}

/** The panels whose content no longer fits, by the build's rule: content taller or wider than the panel. */
function overflowingPanels(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.maker-preview [data-panel]')]
    .filter((panel) => panel.scrollHeight - panel.clientHeight > 1 || panel.scrollWidth - panel.clientWidth > 1)
    .map((panel) => panel.closest('[role="region"]')?.getAttribute('aria-label')?.replace(/をスクロールして見る$/, '') ?? panel.dataset.panel ?? '');
}

/** Says, as text and to screen readers, whether the pamphlet still fits; returns whether it does. */
function reportFit(): boolean {
  const overflowing = overflowingPanels();
  if (overflowing.length > 0) {
    statusLine.dataset.state = 'overflow';
    statusLine.textContent = (messages.msgOverflow ?? '').replace('{panel}', overflowing.join('、'));
    return false;
  }
  if (statusLine.dataset.state === 'overflow') statusLine.textContent = messages.msgFits ?? '';
  statusLine.dataset.state = 'fits';
  return true;
}

let pending: number | undefined;
form.addEventListener('input', () => {
  // Marks let the benchmark read how long a keystroke takes to reach the preview and its fit check.
  performance.mark('maker-input');
  apply();
  // Measure once the layout has settled, at most once a frame.
  if (pending !== undefined) cancelAnimationFrame(pending);
  pending = requestAnimationFrame(() => {
    pending = undefined;
    reportFit();
    performance.measure('maker-update', 'maker-input');
  });
});

document.querySelector('#maker-print')!.addEventListener('click', () => {
  if (!reportFit()) {
    statusLine.textContent = `${messages.msgRefused ?? ''} ${statusLine.textContent}`;
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

// Start from the fragment (a shared link, or a reload), then show the form: without JavaScript it stays hidden.
const initial = fromFragment();
for (const field of fields) {
  const value = initial.get(field.name);
  if (value !== null) field.value = value.slice(0, field.maxLength > 0 ? field.maxLength : undefined);
}
form.hidden = false;
document.querySelector<HTMLElement>('#maker-noscript')!.hidden = true;
apply();
reportFit();
