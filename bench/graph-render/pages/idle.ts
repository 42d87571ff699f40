/**
 * The canary: the same 5-second frame count on a page that draws nothing. What it reaches is the
 * most any library could reach on this machine at that moment (headless Chromium, shared cores).
 */
import { animate, type PageResult } from './frames.ts';

animate(() => undefined, () => 0)
  .then((frames): PageResult => ({ library: 'idle', size: 0, labels: false, firstDrawMs: 0, ...frames }))
  .then((result) => {
    window.benchResult = result;
  })
  .catch((error: unknown) => {
    window.benchError = String(error);
  });
