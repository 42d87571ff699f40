/**
 * Debian's Chromium through playwright-core, launched as e2e/browser.ts does (same binary and
 * flags, fresh profile), at 1280×800. The machine has no GPU, so WebGL always runs in software:
 * "default" keeps the e2e flags (`--disable-gpu`, WebGL falls back to SwiftShader), "swiftshader"
 * asks for ANGLE on SwiftShader explicitly. The WebGL renderer string is recorded with the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const E2E_FLAGS = ['--headless', '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const GL_MODES = {
  default: ['--disable-gpu'],
  swiftshader: ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
} as const;
export type GlMode = keyof typeof GL_MODES;
export const VIEWPORT = { width: 1280, height: 800 };

export interface BenchBrowser {
  context: BrowserContext;
  version: string;
  close: () => Promise<void>;
}

export async function launch(mode: GlMode): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'vmk-render-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...E2E_FLAGS, ...GL_MODES[mode]],
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
  });
  return {
    context,
    version: context.browser()?.version() ?? 'unknown',
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface GlInfo {
  webgl2: boolean;
  renderer: string;
}

/** What WebGL 2 runs on in this browser (SwiftShader, when there is no GPU). */
export function glInfo(page: Page): Promise<GlInfo> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { webgl2: false, renderer: 'none' };
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    return { webgl2: true, renderer: String(debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) };
  });
}
