// Redress, embedded in an iframe: add this script to the page that holds
//   <iframe data-redress-frame src="https://WIZARD/" title="..."></iframe>
// It sizes each such frame to the wizard's height as it changes (so the
// frame never scrolls on its own), and turns the wizard's messages into DOM
// events on the iframe element: `redress:started` and `redress:submitted`
// (event.detail: the reference), and, only when the wizard's configuration
// asks for detailed events, `redress:step` and `redress:language` (a step
// name, a language tag). Never anything the person typed.
(() => {
  'use strict';
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.source !== 'redress' || typeof message.type !== 'string') return;
    for (const frame of document.querySelectorAll('iframe[data-redress-frame]')) {
      if (frame.contentWindow !== event.source) continue;
      // Only the wizard the frame was pointed at may resize it.
      if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
      if (message.type === 'resize') {
        const height = Number(message.detail);
        if (Number.isFinite(height) && height > 0) frame.style.height = `${Math.ceil(height)}px`;
      } else {
        frame.dispatchEvent(new CustomEvent(`redress:${message.type}`, { detail: String(message.detail), bubbles: true }));
      }
    }
  });
  for (const frame of document.querySelectorAll('iframe[data-redress-frame]')) {
    // No inner scrollbar: the frame grows with the wizard.
    frame.setAttribute('scrolling', 'no');
    frame.style.border = '0';
    frame.style.width = '100%';
  }
})();
