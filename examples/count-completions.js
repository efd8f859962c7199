// Counting completions without tracking anyone: the wizard tells the page
// that someone started and, when something is sent, its reference; never
// anything the person typed or chose. (Step and language events come only
// when the configuration sets "embedding": {"events": "detailed"}.)
// Replace console.info with your own (privacy-respecting) counter.
for (const type of ['started', 'step', 'language', 'submitted']) {
  document.addEventListener(`redress:${type}`, (event) => {
    console.info(`redress:${type}`, event.detail);
  });
}
