// The council page's own script: keeps every event the wizard tells it,
// as a council counting completions would.
window.redressEvents = [];
window.addEventListener('message', (event) => {
  if (event.data && event.data.source === 'redress' && event.data.type !== 'resize') {
    window.redressEvents.push({ via: 'message', type: event.data.type, detail: event.data.detail });
  }
});
for (const type of ['started', 'step', 'language', 'submitted']) {
  document.addEventListener(`redress:${type}`, (event) => {
    window.redressEvents.push({ via: 'event', type, detail: event.detail });
  });
}
