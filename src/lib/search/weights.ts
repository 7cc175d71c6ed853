/**
 * Pagefind weights (data-pagefind-weight, 0–10, counted on a quadratic scale: 0.5 is a quarter of
 * plain text) for the indexed parts of a case page. Cases are many and long: at 10,000 of them their
 * plain-text weight let the crowd outrank the regulation, statute and procedure that answer a
 * question (调解期限, 调解协议司法确认期限). Lower weights keep cases in the results, ranked among
 * themselves as before, but below a document that says the same words.
 */
export const CASE_WEIGHTS = {
  /** The case's title (an h1 would count 7). */
  title: 2,
  /** 争议焦点, 调解要旨 and the narrative. */
  text: 0.5,
} as const;

/**
 * Pagefind's ranking options for the search page. Pagefind's default favours short records
 * strongly (pageLength 0.75) and lets repeated words add up (termSaturation 1.4): a one-line
 * statute provision that merely names 调解 and 期限 came before the provision or procedure that
 * states the deadline. Measured with npm run bench:search on the shipped site: hit@1 0.741 → 0.889,
 * hit@3 0.926 → 0.963 (BENCHMARKS.md, issue 17).
 */
export const SEARCH_RANKING = { pageLength: 0.1, termSaturation: 1 } as const;
