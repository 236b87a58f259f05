/**
 * The classic script that runs right after the painted first scene in index.html, before the
 * page is first drawn (painted-first-scene.ts says why it is there). A page that will not open
 * on that picture removes it; one that will fits its stage to the window exactly as Stage.svelte
 * does, shows the first step as the scene's timeline leaves it at rest, and shows it
 * once its fonts are in, so the text is never drawn in a fallback face and then moved.
 */
import { stageShape, stageStyleAttribute } from '../scenes/stage-shape';
import { opensOnFirstScene, PAINTED_ID } from './painted-first-scene';

const painted = document.getElementById(PAINTED_ID);
if (painted) {
  if (!opensOnFirstScene(location.search, location.hash, painted.dataset.sceneId ?? '')) painted.remove();
  else showWhenFontsAreIn(painted);
}

function showWhenFontsAreIn(painted: HTMLElement): void {
  const stage = painted.querySelector<HTMLElement>('[data-stage]');
  const fitToWindow = () => {
    // Once the show has taken over, the copy is gone and so is this listener.
    if (!painted.isConnected) return removeEventListener('resize', fitToWindow);
    if (!stage) return;
    const shape = stageShape(document.documentElement.clientWidth, document.documentElement.clientHeight);
    stage.setAttribute('style', stageStyleAttribute(shape));
    stage.dataset.shape = shape.family;
    stage.dataset.stageSize = `${shape.width}x${shape.height}`;
    stage.toggleAttribute('data-tall', shape.tall);
  };
  fitToWindow();
  addEventListener('resize', fitToWindow);
  // The first step at rest, as its timeline leaves it: the stylesheet hides every step and cued
  // part of the drawing until its step comes; the first step's are in (a part cued to dim, dimmed).
  for (const element of painted.querySelectorAll<HTMLElement>('[data-step-index="0"]')) element.style.visibility = 'inherit';
  const firstCues = new Set((painted.dataset.firstCues ?? '').split(' ').filter(Boolean));
  for (const element of painted.querySelectorAll<HTMLElement | SVGElement>('[data-cue]')) {
    if (!firstCues.has(element.dataset.cue ?? '')) continue;
    if (element.dataset.enter === 'dim') element.style.opacity = painted.dataset.dimmed ?? '';
    else element.style.visibility = 'inherit';
  }
  // Laying the hidden scene out asks for its fonts (preloaded since the head); shown once they are in.
  void painted.offsetWidth;
  void document.fonts.ready.then(() => {
    if (!painted.isConnected) return;
    painted.style.visibility = '';
    painted.dataset.shown = '';
  });
}
