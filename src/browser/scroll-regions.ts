// A table box that scrolls sideways must be reachable from the keyboard (tabindex="0" in the
// HTML, so it is without JavaScript too); one that fits needs no tab stop of its own, and a page
// of form previews would otherwise make the reader Tab through every table. Re-checked when
// the box changes size (a phone turned, the window narrowed).
const regions = document.querySelectorAll<HTMLElement>('[data-scroll-region]');

const update = (region: HTMLElement) => {
  if (region.scrollWidth > region.clientWidth + 1) region.tabIndex = 0;
  else region.removeAttribute('tabindex');
};

const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target as HTMLElement)));
regions.forEach((region) => observer.observe(region));
