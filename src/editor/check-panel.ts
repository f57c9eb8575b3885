// Runs in the editor's browser tab (npm run edit), never on the site: shows the content pipeline's Swedish messages
// beside the forms as soon as a save breaks a rule that a form cannot see, and clears them when the content is right.
import { PREVIEW_RELOAD_EVENT } from './events.ts';

const CHECK_EVENT = 'innehall:kontroll';

function render(messages: string[]) {
  let panel = document.getElementById('innehallskontroll');
  if (!messages.length) {
    panel?.remove();
    return;
  }
  if (!panel) {
    panel = document.createElement('section');
    panel.id = 'innehallskontroll';
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-labelledby', 'innehallskontroll-rubrik');
    panel.style.cssText =
      'position:fixed;inset-inline:1rem;inset-block-end:1rem;z-index:100000;max-block-size:40vh;overflow:auto;padding:1rem;background:#fff;color:#000;border:3px solid #b00020;font:16px/1.4 system-ui,sans-serif';
    document.body.append(panel);
  }
  const heading = document.createElement('h2');
  heading.id = 'innehallskontroll-rubrik';
  heading.style.cssText = 'margin:0 0 .5rem;font-size:1.1rem';
  heading.textContent =
    messages.length === 1
      ? 'Ett fel i innehållet stoppar bygget'
      : `${messages.length} fel i innehållet stoppar bygget`;
  const list = document.createElement('ul');
  list.style.cssText = 'margin:0;padding-inline-start:1.2rem';
  for (const message of messages) {
    const item = document.createElement('li');
    item.textContent = message;
    list.append(item);
  }
  const next = document.createElement('p');
  next.style.cssText = 'margin:.5rem 0 0';
  next.textContent = 'Rätta felet och spara igen. Förklaringar finns i content/README.md.';
  panel.replaceChildren(heading, list, next);
}

if (import.meta.hot) {
  import.meta.hot.on(CHECK_EVENT, ({ messages }: { messages: string[] }) => render(messages));
  import.meta.hot.send(CHECK_EVENT, {});
  // The preview shows the saved content; Keystatic's tab reads it through its own API and must not lose a save.
  import.meta.hot.on(PREVIEW_RELOAD_EVENT, () => {
    if (!location.pathname.startsWith('/keystatic')) location.reload();
  });
}
