// The browser's history as the view's memory: `save` writes the current hash (a new entry for a selection,
// the same entry otherwise), Back and Forward hand the entry's hash to `restore`. While a restore runs,
// saves are ignored, so that restoring never writes history of its own.
export interface ViewHistoryProps {
  /** the hash of the view as it stands, or null when nothing is loaded */
  hash: () => string | null;
  restore: (hash: string) => void;
  /** wait this long after the last camera move before saving it */
  cameraDelayMs: number;
}

export interface ViewHistory {
  save: (push: boolean) => void;
  saveCameraSoon: () => void;
  /** runs `apply` without writing history */
  quietly: (apply: () => void) => void;
}

export function createViewHistory(p: ViewHistoryProps): ViewHistory {
  let quiet = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (push: boolean) => {
    const hash = quiet ? null : p.hash();
    if (hash === null || hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const quietly = (apply: () => void) => {
    quiet = true;
    try {
      apply();
    } finally {
      quiet = false;
    }
  };
  window.addEventListener('popstate', () => quietly(() => p.restore(location.hash)));
  return {
    save,
    saveCameraSoon: () => {
      clearTimeout(timer);
      timer = setTimeout(() => save(false), p.cameraDelayMs);
    },
    quietly,
  };
}
