/**
 * Crawls the whole site built with a sub-path base (/tiaojie/) without a browser (crawl.ts): every
 * internal link and fragment resolves, nothing points outside the base path or to another host.
 * What only a running page shows (requests made by its scripts, uncaught errors, policy violations)
 * is checked in Chromium on one page of each kind of the same sub-path copy served by nginx with the
 * deployed configuration (nginx.test.ts), and on the root copy in csp.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { crawl, missingAnchors, type Crawl } from './crawl.ts';
import { subpathUrl } from './helpers.ts';

let site: Crawl;
beforeAll(async () => {
  site = await crawl(subpathUrl());
});

describe('the site served from a sub-path', () => {
  it('has no broken internal link or anchor, and no link outside the base path', () => {
    expect(site.failed).toEqual([]);
    expect(site.outsideBase, 'links that ignore the base path').toEqual([]);
    expect(site.pages.size).toBeGreaterThanOrEqual(12);
    expect(missingAnchors(site), 'links to anchors that do not exist').toEqual([]);
  });

  it('names no script, style, image or frame from another host in any page', () => {
    expect(site.foreignResources).toEqual([]);
  });
});
