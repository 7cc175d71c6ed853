/**
 * The shapes of ids, once: a slug (file names, item ids, option values) and a citation id
 * (`<document slug>/<provision path>`, e.g. fangdiao-lhasa-2019/6.3; a bare slug cites the whole
 * document). Plain regular expressions without zod, so browser code may import them.
 */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Lower-case letters, digits and single hyphens. */
export const SLUG_RE = new RegExp(`^${SLUG}$`);

/** Groups: 1 = document slug, 2 = provision path (up to four levels: 条.项.目.子目). */
export const CITATION_ID_RE = new RegExp(`^(${SLUG})(?:/(\\d+(?:\\.\\d+){0,3}))?$`);
