// Label boxes of one frame, kept apart: pure geometry, so that it is tested without a browser.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Boxes placed so far in one frame; `place` says whether a new one fits, and keeps it if so. */
export class LabelPlacer {
  private boxes: Box[] = [];
  constructor(private readonly margin = 2) {}
  reset(): void {
    this.boxes = [];
  }
  place(b: Box, force = false): boolean {
    const m = this.margin;
    const hit = this.boxes.some((o) => b.x < o.x + o.width + m && o.x < b.x + b.width + m && b.y < o.y + o.height + m && o.y < b.y + b.height + m);
    if (hit && !force) return false;
    this.boxes.push(b);
    return true;
  }
}
