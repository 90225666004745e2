/**
 * The one rule for whether a pamphlet panel's content fits it, shared by the build's panel check
 * (scripts/lib/pdf/checks.ts), `npm run pamphlet` and the pamphlet maker in the browser, so that
 * the maker refuses exactly what the build would: content that reaches more than
 * {@link panelOverflowTolerancePx} past the panel's box, down or across.
 */

/** CSS pixels of sub-pixel rounding a panel's scroll size may show without any text being cut. */
export const panelOverflowTolerancePx = 1;

/** The box sizes of a panel as the browser lays it out (untransformed CSS pixels). */
export type PanelBox = Pick<Element, 'scrollHeight' | 'clientHeight' | 'scrollWidth' | 'clientWidth'>;

/** How far, in CSS pixels, a panel's content reaches past its box: the larger of down and across. */
export const panelOverflow = (panel: PanelBox): number => Math.max(panel.scrollHeight - panel.clientHeight, panel.scrollWidth - panel.clientWidth);

/** Whether a panel's content is cut off in print. */
export const panelOverflows = (panel: PanelBox): boolean => panelOverflow(panel) > panelOverflowTolerancePx;
