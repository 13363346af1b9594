// The browser's history as the view's memory: `save` writes the current hash (a new entry for a selection,
// the same entry otherwise), Back and Forward hand the entry's hash to `restore`. While a restore runs,
// saves are ignored, so that restoring never writes history of its own. A selection's new entry is written at
// once (Back must find it however soon it is pressed); other changes replace the entry once the page is idle,
// as a history write costs Chromium 5–30 ms (a trace's FrameLoader::updateForSameDocumentNavigation) that
// would otherwise delay the frame showing a filter or time-range change, brushing included.
import { whenIdle } from './dom.ts';

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
  // the hash of a replacement still waiting to be written
  let pending: string | null = null;
  const write = (hash: string, push: boolean) => {
    if (hash === location.hash) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const writePending = () => {
    if (pending !== null) write(pending, false);
    pending = null;
  };
  const save = (push: boolean) => {
    const hash = quiet ? null : p.hash();
    if (hash === null) return;
    if (push) {
      writePending(); // the entry being left keeps what was changed on it
      write(hash, true);
      return;
    }
    if (pending === null) whenIdle(writePending);
    pending = hash;
  };
  const quietly = (apply: () => void) => {
    quiet = true;
    try {
      apply();
    } finally {
      quiet = false;
    }
  };
  window.addEventListener('popstate', () => {
    pending = null; // a write still waiting belongs to the entry just left
    quietly(() => p.restore(location.hash));
  });
  return {
    save,
    saveCameraSoon: () => {
      clearTimeout(timer);
      timer = setTimeout(() => save(false), p.cameraDelayMs);
    },
    quietly,
  };
}
