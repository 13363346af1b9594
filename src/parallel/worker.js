// Worker entry: plain JavaScript, because a worker thread starts without bin/geokg.js's TypeScript loader.
// It registers tsx's loader in this thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
