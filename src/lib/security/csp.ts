/**
 * The site's Content-Security-Policy, one list for the <meta> tag every page carries and the
 * header deploy/nginx.conf sends (a unit test keeps the two equal).
 *
 * No 'unsafe-inline' anywhere: every script and stylesheet is a file of the site's own origin.
 * 'wasm-unsafe-eval' is what Pagefind's WebAssembly search needs, and nothing else.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** Directives a <meta> policy may not carry (browsers ignore them there and log an error). */
const HEADER_ONLY: [string, string][] = [['frame-ancestors', "'self'"]];

const join = (list: [string, string][]) => list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = join(DIRECTIVES);

/** The policy for the HTTP header: the same, plus what only a header can say. */
export const CSP_HEADER = join([...DIRECTIVES, ...HEADER_ONLY]);
