/**
 * Shapes shared by more than one visual, so a line carries over between scenes at the
 * same place: the left wrist of "The scar" (Wrist.svelte) is the wrist under the sleeve
 * of "The blade in the sleeve" (Sleeve.svelte), and its scar sits where it sat.
 *
 * Coordinates are in the split layout's viewBox (0 0 568 860). The arm is drawn in its
 * own frame (the middle of the wrist at 0,0, fingers towards -y, the thumb towards +x:
 * a left hand seen from the palm side) and placed with ARM_TRANSFORM.
 */

type Point = readonly [number, number];

const round = (value: number) => Math.round(value * 10) / 10;

/** A smooth open path through the points (Catmull-Rom, as cubic Bézier curves). */
export function smoothPath(points: readonly Point[]): string {
  if (points.length < 2) return '';
  const at = (index: number): Point => points[Math.max(0, Math.min(points.length - 1, index))]!;
  let d = `M${round(at(0)[0])} ${round(at(0)[1])}`;
  for (let index = 0; index < points.length - 1; index++) {
    const [x0, y0] = at(index - 1);
    const [x1, y1] = at(index);
    const [x2, y2] = at(index + 1);
    const [x3, y3] = at(index + 2);
    const c1: Point = [x1 + (x2 - x0) / 6, y1 + (y2 - y0) / 6];
    const c2: Point = [x2 - (x3 - x1) / 6, y2 - (y3 - y1) / 6];
    d += ` C${round(c1[0])} ${round(c1[1])} ${round(c2[0])} ${round(c2[1])} ${round(x2)} ${round(y2)}`;
  }
  return d;
}

/** Where the arm stands in the column: the wrist a little below the middle, leaning gently. */
export const ARM_TRANSFORM = 'translate(276 470) rotate(-9)';

/** The little-finger side of the forearm, from the cut-off end up to the wrist. */
const ULNAR_FOREARM: Point[] = [
  [-84, 330],
  [-78, 230],
  [-68, 130],
  [-60, 60],
  [-57, 20],
];

/** The hand: heel of the palm, four fingers held loosely together, the thumb at rest. */
const HAND: Point[] = [
  [-57, 20],
  [-58, -12],
  [-63, -45],
  [-69, -90],
  [-72, -135],
  // little finger, leaning out a little
  [-75, -175],
  [-79, -215],
  [-78, -248],
  [-72, -267],
  [-61, -274],
  [-52, -263],
  [-48, -240],
  [-43.5, -204],
  // ring finger
  [-40, -236],
  [-39, -280],
  [-34, -305],
  [-24, -318],
  [-12, -312],
  [-7.5, -290],
  [-4, -250],
  [-2, -216],
  // middle finger
  [0.5, -250],
  [2.5, -298],
  [9.5, -325],
  [20, -337],
  [32, -329],
  [35, -300],
  [37.5, -254],
  [38.5, -214],
  // index finger, leaning in a little
  [41.5, -250],
  [45, -288],
  [53.5, -308],
  [63, -314],
  [72, -302],
  [74, -272],
  [76, -226],
  [76.5, -194],
  [79, -172],
  [86, -167],
  // thumb, lying a little away from the palm
  [99, -180],
  [114, -202],
  [127, -226],
  [135, -244],
  [145, -252],
  [154, -244],
  [156, -222],
  [150, -194],
  [138, -160],
  [120, -122],
  [98, -82],
  [78, -46],
  [66, -14],
  [61, 20],
];

/** The thumb side of the forearm, from the wrist down to the cut-off end. */
const RADIAL_FOREARM: Point[] = [
  [61, 20],
  [63, 60],
  [72, 130],
  [84, 230],
  [92, 330],
];

/** The arm's outline as one line: up the forearm, round the hand, down the other side. */
export const ARM_OUTLINE = smoothPath([...ULNAR_FOREARM, ...HAND.slice(1), ...RADIAL_FOREARM.slice(1)]);

/** The hand alone (from wrist to wrist), for a scene where a sleeve covers the forearm. */
export const HAND_OUTLINE = smoothPath(HAND);

/** The one soft crease of the palm that says "palm" without anatomy. */
export const PALM_CREASE = smoothPath([
  [78, -151],
  [56, -118],
  [42, -78],
  [36, -34],
]);

/** The scar: one thin healed line across the inside of the wrist, slightly aslant. */
export const SCAR = smoothPath([
  [-33, 16],
  [-10, 12],
  [14, 8.5],
  [37, 3],
]);

/** Along the arm (its own y), where the forearm's lines fade out towards the cut-off end. */
export const FOREARM_FADE: readonly [number, number] = [190, 325];
