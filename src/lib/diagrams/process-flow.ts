/** Geometry of the process flow diagram, in SVG user units. */
export const flow = { width: 330, boxX: 20, boxWidth: 250, boxHeight: 40, gap: 18, top: 8, bottom: 8 } as const;

/** Lays out one box per step from top to bottom, with an arrow between each pair. */
export function layoutProcessFlow(stepCount: number) {
  const boxes = Array.from({ length: stepCount }, (_, index) => ({
    x: flow.boxX,
    y: flow.top + index * (flow.boxHeight + flow.gap),
    width: flow.boxWidth,
    height: flow.boxHeight,
  }));
  const arrows = boxes.slice(1).map((box) => ({ x: flow.boxX + flow.boxWidth / 2, from: box.y - flow.gap + 2, to: box.y - 2 }));
  const last = boxes.at(-1)!;
  const first = boxes[0]!;
  // The last step feeds the next project: a return path on the right, back to the first box.
  const right = flow.boxX + flow.boxWidth;
  const loop = `M ${right} ${last.y + flow.boxHeight / 2} H ${right + 18} V ${first.y + flow.boxHeight / 2} H ${right + 4}`;
  return { boxes, arrows, loop, width: flow.width, height: last.y + flow.boxHeight + flow.bottom };
}
