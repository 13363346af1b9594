import type { ViewerSettings } from '../../settings.ts';

export function edgeColor(score: number, s: ViewerSettings): string {
  if (score < 0) return s.conflictColor;
  if (score >= s.strongCooperation) return s.strongCooperationColor;
  return score > 0 ? s.cooperationColor : s.neutralColor;
}

export function typeColor(type: string, s: ViewerSettings): string {
  return (s.typeColors as Record<string, string>)[type] ?? s.unknownTypeColor;
}

/**
 * Curvature of the i-th of n edges between the same two nodes, in the frame of the pair's canonical
 * direction: 0 for a lone edge; otherwise alternating sides, widening outwards.
 */
export function parallelCurvature(i: number, n: number, flipped: boolean, base: number): number {
  if (n < 2) return 0;
  const side = i % 2 === 0 ? 1 : -1;
  return base * (1 + Math.floor(i / 2)) * side * (flipped ? -1 : 1);
}

/** Thickness by evidence: 1 + log2(n) times the base, so that a much-reported relation stands out without swamping. */
export function edgeSizeFor(evidenceCount: number, s: ViewerSettings): number {
  return s.edgeSize * Math.min(s.maxEdgeSizeFactor, 1 + Math.log2(Math.max(1, evidenceCount)));
}
