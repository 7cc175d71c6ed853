// Runs in <head> before first paint (a file, not inline, for the Content-Security-Policy), so a
// stored theme choice does not flash the other theme. Storage may be blocked: then follow the system.
try {
  var t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
