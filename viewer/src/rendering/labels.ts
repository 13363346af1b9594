// Labels that never overlap. Sigma's label grid keeps one label per cell, but a label is wider than its cell,
// so neighbours in adjacent cells collide ("Poland" over "Presidential Palace"). Sigma's label drawing hook
// (the defaultDrawNodeLabel setting) is wrapped: each frame, a label whose box meets one already drawn is
// skipped, unless it is the selected entity's.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { LabelPlacer } from './placer.ts';

export { LabelPlacer } from './placer.ts';

/** Sigma's disc label, drawn only where it meets no other label of the frame. */
export function placedLabels(placer: LabelPlacer): NodeLabelDrawingFunction {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    // where drawDiscNodeLabel puts the text: right of the disc, baseline a third of the size below centre
    const box = { x: data.x + data.size + 3, y: data.y - (size * 2) / 3, width: context.measureText(data.label).width, height: size };
    if (placer.place(box, data.highlighted === true)) drawDiscNodeLabel(context, data, settings);
  };
}
