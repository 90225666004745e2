import { collaborationZones, type CollaborationZone, type FormData } from '../schemas/form.ts';

/** A form with its slug, as the pages pass it around. */
export interface FormEntry {
  slug: string;
  data: FormData;
}

/** The forms placed in a zone of the 協働の領域, in the guideline's order. */
export function formsInZone(forms: readonly FormEntry[], zone: CollaborationZone): FormEntry[] {
  return forms.filter((form) => form.data.zones.includes(zone));
}

/** Geometry of the 協働の領域 diagram, in SVG user units. */
export const diagram = {
  width: 340,
  left: 10,
  headerHeight: 78,
  rowHeight: 44,
  barHeight: 14,
  bottom: 12,
} as const;

/** One form's bar in the diagram: its label sits above a bar spanning its zones. */
export interface DiagramBar {
  slug: string;
  label: string;
  x: number;
  width: number;
  /** Top of the row. */
  y: number;
}

/**
 * Lays out the 協働の領域 diagram: five zone columns from 区民のみ to 区のみ, and one row per
 * form with a bar across the zones it covers. Pure geometry, so it can be tested without SVG.
 */
export function layoutZonesDiagram(forms: readonly FormEntry[]) {
  const columnWidth = (diagram.width - 2 * diagram.left) / collaborationZones.length;
  const columns = collaborationZones.map((zone, index) => ({ zone, x: diagram.left + index * columnWidth, width: columnWidth }));
  const bars: DiagramBar[] = forms.map((form, row) => {
    const first = collaborationZones.indexOf(form.data.zones[0]!);
    const last = collaborationZones.indexOf(form.data.zones.at(-1)!);
    return {
      slug: form.slug,
      label: form.data.title,
      x: columns[first]!.x + 4,
      width: (last - first + 1) * columnWidth - 8,
      y: diagram.headerHeight + row * diagram.rowHeight,
    };
  });
  const height = diagram.headerHeight + forms.length * diagram.rowHeight + diagram.bottom;
  return { columns, bars, width: diagram.width, height };
}
