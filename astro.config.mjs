// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkProvisions from './src/markdown/remark-provisions.ts';
import sitemap from '@astrojs/sitemap';
import remarkContentGate from './src/markdown/remark-content-gate.ts';
import pagefind from './src/integrations/pagefind.ts';

// BASE_PATH lets the same build be served from a sub-path, e.g. BASE_PATH=/tiaojie/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // Public address, if the site has one (calendar files, RSS, sitemap); unset for intranet copies,
  // which then get no sitemap (it needs absolute addresses) but everything else.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  // Every stylesheet and script is a file, never inlined: the Content-Security-Policy allows no
  // inline code (src/lib/security/csp.ts). assetsInlineLimit 0 is what stops Astro inlining small
  // processed scripts.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // cssTarget: Astro builds pages with target esnext, which would leave the CSS as written; with a
  // browser target (Vite's "baseline widely available" set) Lightning CSS, which minifies the CSS,
  // also rewrites what those browsers lack, such as the light-dark() colours of styles/tokens.css.
  vite: { build: { assetsInlineLimit: 0, cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'] } },
  // No request may leave the site's own origin: no prefetch to other hosts, no telemetry in pages.
  markdown: {
    // unified (not the default Sätteri) because the regulation pages need a remark plugin.
    // SmartyPants is off: it would turn Chinese quotation marks into English ones.
    // remarkContentGate refuses code, raw HTML and unknown components in content MDX (see the module).
    processor: unified({ remarkPlugins: [remarkContentGate, remarkProvisions], smartypants: false }),
  },
  // pagefind runs last: it indexes the finished pages in the output directory.
  integrations: [mdx(), ...(process.env.SITE_URL ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : []), pagefind()],
  devToolbar: { enabled: false },
});
