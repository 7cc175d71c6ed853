/** Bytes of the JavaScript and inline JSON data a built page ships (raw and gzipped). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Scripts the page loads on arrival: inline scripts, JSON data islands and module scripts. */
export function pageScripts(distDir, htmlFile, base = '/') {
  const html = readFileSync(htmlFile, 'utf8');
  const parts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
    const code = src ? readFileSync(join(distDir, src.slice(base.length))) : Buffer.from(m[2]);
    const kind = /application\/json/.test(m[1]) ? 'data' : src ? 'module' : 'inline';
    parts.push({ kind, src: src ?? '(inline)', raw: code.length, gz: gzipSync(code).length, code });
  }
  // Static imports of those modules (Vite splits shared code into chunks).
  const seen = new Set(parts.map((p) => p.src));
  for (const p of [...parts]) {
    if (p.kind !== 'module') continue;
    for (const im of p.code.toString().matchAll(/\bfrom\s*["']\.\/([^"']+\.js)["']|\bimport\s*["']\.\/([^"']+\.js)["']/g)) {
      const file = im[1] ?? im[2];
      const src = `${p.src.replace(/[^/]+$/, '')}${file}`;
      if (seen.has(src)) continue;
      seen.add(src);
      const code = readFileSync(join(distDir, src.slice(base.length)));
      parts.push({ kind: 'chunk', src, raw: code.length, gz: gzipSync(code).length, code });
    }
  }
  return parts.map(({ code: _c, ...rest }) => rest);
}

export const total = (parts) => parts.reduce((a, p) => ({ raw: a.raw + p.raw, gz: a.gz + p.gz }), { raw: 0, gz: 0 });
