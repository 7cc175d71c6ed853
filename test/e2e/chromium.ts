/**
 * The system Chromium (never downloaded), with the flags this closed network needs. The e2e
 * global setup starts ONE browser server for the whole run (startChromiumServer); each test file
 * connects to it with launchChromium(), so no file pays for a browser start of its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { inject } from 'vitest';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      '找不到 Chromium，无法运行端到端测试。请安装：sudo apt-get install chromium（Debian/Ubuntu），' +
        "或设置环境变量 CHROMIUM_PATH 指向已安装的 Chromium/Chrome。No Chromium found: install Debian's chromium package or set CHROMIUM_PATH.",
    );
  }
  return found;
}

/** For the global setup: the one browser of the run. */
export function startChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), args: ARGS });
}

/**
 * A connection to the run's browser. The name is kept from when each file launched its own:
 * `browser.close()` in a file's afterAll closes that file's contexts and disconnects, and the
 * server stays up for the next file.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** A browser of its own, for the benchmark scripts (they run outside vitest, without its server). */
export function launchStandaloneChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ARGS });
}
