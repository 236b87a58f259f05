/**
 * Enter and Space for a focused button, not for the show. The show's keys take Enter and Space
 * as "next step" wherever focus is (a clicker's Enter must work with a button focused), which
 * leaves a keyboard user no way to press a button. Buttons spread these handlers to keep the
 * two keys when they have focus: the keydown is taken (and prevented, so the show's keyboard
 * driver leaves it alone) before it reaches the window.
 */
export function pressedBy(action: () => void): { onclick: () => void; onkeydown: (event: KeyboardEvent) => void } {
  return {
    onclick: action,
    onkeydown: (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      if (!event.repeat) action();
    },
  };
}
