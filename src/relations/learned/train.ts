// Training the pair scorer: L2-regularised logistic regression by stochastic gradient descent over the examples
// in the order given, for a fixed number of epochs: no randomness, so the same examples give the same weights.

export interface Example {
  features: readonly string[];
  /** 1: the gold states the relation in this sentence; 0: it does not */
  y: 0 | 1;
}

export interface TrainOptions {
  epochs: number;
  /** the first epoch's step; epoch e steps rate / (1 + e) */
  rate: number;
  /** L2 strength, applied to the features an example carries (lazily) */
  l2: number;
  /** features seen in fewer examples than this are left out */
  minCount: number;
  /** weights are rounded to this many decimals; smaller ones dropped */
  decimals: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 12, rate: 0.2, l2: 1e-4, minCount: 3, decimals: 3 };

/** The weights of one predicate's model (feature → weight, sorted by feature), from its examples. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS): Record<string, number> {
  const counts = new Map<string, number>();
  for (const x of examples) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts].filter(([f, n]) => n >= options.minCount || f === 'bias').map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, k) => [f, k]));
  const rows = examples.map((x) => ({ ks: x.features.map((f) => index.get(f)).filter((k): k is number => k !== undefined), y: x.y }));
  const w = new Float64Array(vocabulary.length);
  for (let e = 0; e < options.epochs; e++) {
    const step = options.rate / (1 + e);
    for (const { ks, y } of rows) {
      let z = 0;
      for (const k of ks) z += w[k]!;
      const g = 1 / (1 + Math.exp(-z)) - y;
      for (const k of ks) w[k] = w[k]! - step * (g + options.l2 * w[k]!);
    }
  }
  const scale = 10 ** options.decimals;
  const out: Record<string, number> = {};
  vocabulary.forEach((f, k) => {
    const v = Math.round(w[k]! * scale) / scale;
    if (v !== 0) out[f] = v;
  });
  return out;
}
