/**
 * SVG fill patterns, so that a category is told apart by texture and label, never by colour alone.
 * Ids are prefixed per chart (`useId`), so two charts on one page do not clash.
 */
export type Category = 'normal' | 'beyond' | 'overtime' | 'night' | 'sunday';

export const CATEGORIES: readonly Category[] = ['normal', 'beyond', 'overtime', 'night', 'sunday'];

export function patternId(prefix: string, c: Category): string {
  return `${prefix.replace(/[^a-zA-Z0-9_-]/g, '')}-${c}`;
}

export function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={patternId(prefix, 'normal')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-normal" />
      </pattern>
      <pattern id={patternId(prefix, 'beyond')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="fill-beyond" />
        <line x1="0" y1="0" x2="0" y2="6" className="stroke-pattern" strokeWidth="2" />
      </pattern>
      <pattern id={patternId(prefix, 'overtime')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-overtime" />
        <path d="M0 0L6 6M6 0L0 6" className="stroke-pattern" strokeWidth="1.2" />
      </pattern>
      <pattern id={patternId(prefix, 'night')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-night" />
        <circle cx="3" cy="3" r="1.2" className="fill-pattern" />
      </pattern>
      <pattern id={patternId(prefix, 'sunday')} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-sunday" />
        <line x1="0" y1="3" x2="6" y2="3" className="stroke-pattern" strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}

/** A small legend swatch for a category (decorative: the text next to it is the label). */
export function Swatch({ prefix, category }: { prefix: string; category: Category }) {
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false" className="swatch">
      <Patterns prefix={`${prefix}-sw`} />
      <rect width="16" height="16" fill={`url(#${patternId(`${prefix}-sw`, category)})`} className="swatch-border" />
    </svg>
  );
}
