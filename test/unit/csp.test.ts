import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/lib/security/csp.ts';

const nginx = readFileSync('deploy/nginx.conf', 'utf8');

describe('Content-Security-Policy', () => {
  it('forbids inline script and allows only what Pagefind needs besides the site itself', () => {
    expect(CSP_META).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_META).toContain("style-src 'self'");
    expect(CSP_META).not.toContain('unsafe-inline');
    expect(CSP_META).not.toContain("'unsafe-eval'");
  });
  it('keeps frame-ancestors out of the <meta> (browsers ignore it there) and in the header', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'self'`);
  });
  it('deploy/nginx.conf sends exactly the header policy', () => {
    const sent = [...nginx.matchAll(/^\s*add_header Content-Security-Policy "([^"]*)" always;/gm)].map((m) => m[1]);
    expect(sent).toEqual([CSP_HEADER]);
  });
});
