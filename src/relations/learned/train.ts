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
  /** a positive example's gradient counts this many times a negative's (positives are rare: about 1 in 270) */
  positiveWeight: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 12, rate: 0.2, l2: 1e-4, minCount: 3, decimals: 3, positiveWeight: 1 };

/** Examples with their features as ids into one sorted vocabulary, so that many trainings on subsets index them once. */
export interface IndexedExamples {
  vocabulary: readonly string[];
  /** each example's feature ids, ascending (= the features in sorted order) */
  rows: readonly { ks: Int32Array; y: 0 | 1 }[];
}

export function indexExamples(examples: readonly Example[]): IndexedExamples {
  const vocabulary = [...new Set(examples.flatMap((x) => x.features))].sort();
  const index = new Map(vocabulary.map((f, k) => [f, k]));
  return { vocabulary, rows: examples.map((x) => ({ ks: Int32Array.from(new Set(x.features), (f) => index.get(f)!).sort(), y: x.y })) };
}

/** The weights of one predicate's model (feature → weight, sorted by feature), from its examples. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS): Record<string, number> {
  return trainIndexed(indexExamples(examples), undefined, options);
}

/**
 * The same, from indexed examples: those whose positions `subset` lists (all where undefined), in that order. A feature
 * counts where at least options.minCount of those examples carry it; each example's features are read in sorted order.
 */
export function trainIndexed(data: IndexedExamples, subset: readonly number[] | undefined, options: TrainOptions = TRAIN_DEFAULTS): Record<string, number> {
  const picked = subset ? subset.map((k) => data.rows[k]!) : data.rows;
  const counts = new Int32Array(data.vocabulary.length);
  for (const { ks } of picked) for (const k of ks) counts[k]!++;
  const local = new Int32Array(data.vocabulary.length).fill(-1);
  data.vocabulary.forEach((f, k) => { if (counts[k]! >= options.minCount || (f === 'bias' && counts[k]! > 0)) local[k] = k; });
  // (weights by global id, the features left out never read: the same sums in the same order as a local index)
  const w = new Float64Array(data.vocabulary.length);
  for (let e = 0; e < options.epochs; e++) {
    const step = options.rate / (1 + e);
    for (const { ks, y } of picked) {
      let z = 0;
      for (const k of ks) if (local[k]! >= 0) z += w[k]!;
      const g = (1 / (1 + Math.exp(-z)) - y) * (y ? options.positiveWeight : 1);
      for (const k of ks) if (local[k]! >= 0) w[k] = w[k]! - step * (g + options.l2 * w[k]!);
    }
  }
  const scale = 10 ** options.decimals;
  const out: Record<string, number> = {};
  data.vocabulary.forEach((f, k) => {
    const v = local[k]! >= 0 ? Math.round(w[k]! * scale) / scale : 0;
    if (v !== 0) out[f] = v;
  });
  return out;
}
