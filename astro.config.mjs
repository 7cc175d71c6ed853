// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkProvisions from './src/markdown/remark-provisions.ts';
import remarkContentGate from './src/markdown/remark-content-gate.ts';
import pagefind from './src/integrations/pagefind.ts';

// BASE_PATH lets the same build be served from a sub-path, e.g. BASE_PATH=/tiaojie/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // Public address, if the site has one (used in calendar files); unset for intranet copies.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No request may leave the site's own origin: no prefetch to other hosts, no telemetry in pages.
  markdown: {
    // unified (not the default Sätteri) because the regulation pages need a remark plugin.
    // SmartyPants is off: it would turn Chinese quotation marks into English ones.
    // remarkContentGate refuses code, raw HTML and unknown components in content MDX (see the module).
    processor: unified({ remarkPlugins: [remarkContentGate, remarkProvisions], smartypants: false }),
  },
  // pagefind runs last: it indexes the finished pages in the output directory.
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
});
