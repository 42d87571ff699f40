/**
 * In the page: the scripted 5-second pan and zoom both libraries follow, frame counting, and the
 * result the runner reads. A view is given as the library-neutral zoom factor (1 = whole graph)
 * and the centre's offset as a share of the graph's extent, so both libraries move alike.
 */
import type { BenchGraph } from '../graph.ts';

export const ANIMATION_MS = 5000;

export interface View {
  /** 1 = the whole graph fits; up to 4 at the middle of the run. */
  zoom: number;
  /** The view's centre, away from the graph's centre, as shares of its width and height. */
  dx: number;
  dy: number;
}

export interface PageResult {
  library: string;
  size: number;
  labels: boolean;
  /** From just before the library is given the elements to the first animation frame after it drew them all. */
  firstDrawMs: number;
  /** Animation frames the browser ran during the scripted pan and zoom. */
  frames: number;
  /** Frames the library itself drew in that time (its render events). */
  libraryRenders: number;
  durationMs: number;
  fps: number;
  libraryFps: number;
  medianFrameMs: number;
  /** The slowest 5 % of frames take at least this long (the 95th percentile of frame intervals). */
  p95FrameMs: number;
}

declare global {
  interface Window {
    benchResult?: PageResult;
    benchError?: string;
  }
}

/** Zooms in to 4× and out again while the centre circles twice through the graph. */
export function viewAt(progress: number): View {
  const turn = 2 * Math.PI * progress;
  return { zoom: 1 + 1.5 * (1 - Math.cos(turn)), dx: 0.25 * Math.sin(2 * turn), dy: 0.25 * Math.sin(turn) };
}

export interface Settings {
  size: number;
  labels: boolean;
  webgl: boolean;
}

export function settingsFromAddress(): Settings {
  const query = new URLSearchParams(location.search);
  return { size: Number(query.get('size')), labels: query.get('labels') !== '0', webgl: query.get('webgl') === '1' };
}

/** Fetched and parsed before the clock starts: the bench measures drawing, not the network or JSON. */
export async function loadGraph(size: number): Promise<BenchGraph> {
  const response = await fetch(`/graph-${size}.json`);
  if (!response.ok) throw new Error(`graph-${size}.json: HTTP ${response.status}`);
  return (await response.json()) as BenchGraph;
}

/** Resolves at the next animation frame: the frame after a draw has been presented by then. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

function sortedIntervals(stamps: readonly number[]): number[] {
  return stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp)).sort((a, b) => a - b);
}

function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Runs the scripted view for ANIMATION_MS, one `apply` per animation frame, and counts frames. */
export async function animate(apply: (view: View) => void, libraryRenders: () => number): Promise<Pick<PageResult, 'frames' | 'libraryRenders' | 'durationMs' | 'fps' | 'libraryFps' | 'medianFrameMs' | 'p95FrameMs'>> {
  const rendersBefore = libraryRenders();
  const stamps: number[] = [];
  const start = await nextFrame();
  stamps.push(start);
  for (;;) {
    const now = await nextFrame();
    stamps.push(now);
    if (now - start >= ANIMATION_MS) break;
    apply(viewAt((now - start) / ANIMATION_MS));
  }
  const durationMs = (stamps.at(-1) ?? start) - start;
  const intervals = sortedIntervals(stamps);
  const renders = libraryRenders() - rendersBefore;
  return {
    frames: intervals.length,
    libraryRenders: renders,
    durationMs,
    fps: (intervals.length * 1000) / durationMs,
    libraryFps: (renders * 1000) / durationMs,
    medianFrameMs: nearestRank(intervals, 50),
    p95FrameMs: nearestRank(intervals, 95),
  };
}

/** Runs a page's bench and leaves the result (or the error) where the runner looks. */
export function runPage(bench: (settings: Settings, graph: BenchGraph) => Promise<PageResult>): void {
  const settings = settingsFromAddress();
  loadGraph(settings.size)
    .then((graph) => bench(settings, graph))
    .then((result) => {
      window.benchResult = result;
    })
    .catch((error: unknown) => {
      window.benchError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    });
}
