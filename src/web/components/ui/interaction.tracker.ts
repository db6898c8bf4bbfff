let userHasInteracted = false;

function mark() {
  userHasInteracted = true;
}

// Capture phase, so the flag is set before the click or key press navigates anywhere.
if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', mark, { capture: true, once: true });
  document.addEventListener('keydown', mark, { capture: true, once: true });
}

/**
 * Whether a new page should take focus. Not on the first page of a visit (nor after a redirect
 * the user did not cause): there focus stays at the top, so the skip link is the first Tab stop.
 */
export function shouldMoveFocusToNewPage(): boolean {
  return userHasInteracted;
}
