import { provisionQuotes } from '/work/wt-bank/test/support/study-input.ts';
const p = provisionQuotes();
for (const id of process.argv.slice(2)) console.log(id, JSON.stringify(p.get(id)));
