/**
 * The map's sequential colour scale: no services in a light grey, then up to five classes of equal,
 * round width from 1 to the largest count (ColorBrewer's "Blues", light to dark; the largest
 * count always in the darkest).
 */

/** The colour of a region with no service of the area. */
export const NONE_COLOUR = '#f2f2f2';
const CLASS_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

/** One class of the legend: counts from `from` to `to`, both included. */
export interface ScaleClass {
  readonly from: number;
  readonly to: number;
  readonly colour: string;
}

export interface Scale {
  /** The classes in use, lightest first (none when every count is 0). */
  readonly classes: readonly ScaleClass[];
  /** The colour of `count`. */
  colourOf(count: number): string;
}

/** The smallest round width (1, 2, 2.5 or 5 times a power of ten, an integer) of at least `raw`. */
function roundWidth(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((w) => w >= raw && Number.isInteger(w));
  return Math.max(1, step ?? 10 * power);
}

/** The scale for counts up to `max`. */
export function scaleFor(max: number): Scale {
  if (max <= 0) return { classes: [], colourOf: () => NONE_COLOUR };
  const width = roundWidth(max / CLASS_COLOURS.length);
  const used = Math.min(CLASS_COLOURS.length, Math.ceil(max / width));
  // Fewer classes than colours spread over the whole ramp, so the largest count is always the darkest.
  const last = CLASS_COLOURS.length - 1;
  const classes = Array.from({ length: used }, (_, i) => ({
    from: i * width + 1,
    to: Math.min(max, (i + 1) * width),
    colour: CLASS_COLOURS[used === 1 ? last : Math.round((i * last) / (used - 1))]!,
  }));
  return {
    classes,
    colourOf: (count) =>
      count <= 0 ? NONE_COLOUR : classes[Math.min(used - 1, Math.floor((count - 1) / width))]!.colour,
  };
}
