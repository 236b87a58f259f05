/**
 * The deck's presenter notes, a chunk of their own (`virtual:deck`'s `notesLoader`): the audience
 * never shows them, so its first scene does not wait for them. The views that show notes (the
 * presenter, the phone remote, the print view) load them before they mount; the go-to box, which
 * also finds words of the notes, asks for them when it opens and searches them once they are in.
 * They are filled into the one deck object every view shares, once.
 */
import { deck, notesLoader } from 'virtual:deck';

let loading: Promise<void> | null = null;

export function loadNotes(): Promise<void> {
  loading ??= notesLoader().then(({ notes }) => {
    for (const scene of deck.scenes) scene.notes = notes[scene.id] ?? scene.notes;
  });
  return loading;
}
