// Counting completions without tracking anyone: the wizard tells the page
// when the step or language changes and when something is sent, with a step
// name, a language tag or the reference: never anything the person typed.
// Replace console.info with your own (privacy-respecting) counter.
for (const type of ['step', 'language', 'submitted']) {
  document.addEventListener(`redress:${type}`, (event) => {
    console.info(`redress:${type}`, event.detail);
  });
}
