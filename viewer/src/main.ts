// Entry point: find the page's elements, start the app, load ?graph=<url> or the served graph.json.
import { createApp } from './app.ts';
import { resolveSettings } from './settings.ts';
import './style.css';

const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`geokg viewer: the page lacks #${id}`);
  return el;
};

const app = createApp(
  {
    graph: byId('graph'), panel: byId('panel'), dyad: byId('dyad'), filters: byId('filters'), header: byId('header'),
    bottom: byId('bottom'), status: byId('status'), message: byId('message'),
  },
  resolveSettings(),
);

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) app.clearSelection();
});
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  if (file) void app.open(file);
});

// show() has sigma render synchronously (its constructor refreshes without scheduling), so once load
// resolves the first frame is drawn: the flag lets bench/viewer.ts and browser tests time it.
void app.load(new URLSearchParams(location.search).get('graph') ?? 'graph.json').then((shown) => {
  if (shown) (window as Window & { __geokgReady?: boolean }).__geokgReady = true;
});
