/**
 * Today's timeline: the agreed working-time windows as outlined bands, the logged sessions as solid
 * blocks (the open one ends at "now"), breaks as the gaps between them, and the planner's upcoming
 * lines as ticks. A text list beside it says the same in words.
 */
import type { Interval } from '../../core/model';
import { useI18n } from '../i18n';
import { formatClock } from '../lib/format';

interface TimelineProps {
  readonly dayStart: number;
  readonly dayEnd: number;
  readonly zone: string;
  readonly agreed: readonly Interval[];
  readonly sessions: readonly Interval[];
  readonly lines: readonly { readonly at: number; readonly label: string }[];
  readonly now: number;
}

/** Width of one character of a line label, in viewBox units (the label is 9 units high; a generous average). */
const LABEL_CHAR = 5.5;
/** Space kept between a label and the edge of the box. */
const LABEL_PAD = 2;

/**
 * Where a line's label goes so that it stays inside the box: centred on the line, anchored at its end
 * when the line is near the right edge ("Overtidsgrense" late in the day) and at its start near the left.
 */
export function labelPlacement(at: number, label: string, w: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const half = (label.length * LABEL_CHAR) / 2;
  if (at + half > w - LABEL_PAD) return { x: Math.min(at, w - LABEL_PAD), anchor: 'end' };
  if (at - half < LABEL_PAD) return { x: Math.max(at, LABEL_PAD), anchor: 'start' };
  return { x: at, anchor: 'middle' };
}

export function Timeline({ dayStart, dayEnd, zone, agreed, sessions, lines, now }: TimelineProps) {
  const { t } = useI18n();
  const w = 720;
  const h = 96;
  const span = dayEnd - dayStart;
  const x = (ms: number) => ((Math.min(Math.max(ms, dayStart), dayEnd) - dayStart) / span) * w;
  const ticks: number[] = [];
  for (let ms = dayStart; ms <= dayEnd; ms += 3 * 3_600_000) ticks.push(ms);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="timeline" role="img" aria-label={t('today.timeline.aria')} preserveAspectRatio="none">
      {agreed.map((a) => (
        <rect key={`a${a.start}`} x={x(a.start)} y={6} width={Math.max(1, x(a.end) - x(a.start))} height={34} className="tl-agreed" />
      ))}
      {sessions.map((s) => (
        <rect key={`s${s.start}`} x={x(s.start)} y={12} width={Math.max(2, x(s.end) - x(s.start))} height={22} className="tl-session" />
      ))}
      {lines.map((l, i) => {
        const place = labelPlacement(x(l.at), l.label, w);
        return (
          <g key={`l${l.at}${l.label}`} data-testid="timeline-line">
            <line x1={x(l.at)} x2={x(l.at)} y1={2} y2={50 + (i % 3) * 10} className="tl-line" />
            {/* Issue 14 item 6: each line says what it is; neighbouring labels go on three rows so they do not overlap, and stay inside the box. */}
            <text x={place.x} y={58 + (i % 3) * 10} textAnchor={place.anchor} className="tl-label">
              {l.label}
            </text>
          </g>
        );
      })}
      {now >= dayStart && now <= dayEnd ? <line x1={x(now)} x2={x(now)} y1={0} y2={46} className="tl-now" /> : null}
      {ticks.map((ms) => (
        <text key={ms} x={Math.min(w - 16, Math.max(16, x(ms)))} y={92} textAnchor="middle" className="axis-label">
          {formatClock(ms, zone)}
        </text>
      ))}
    </svg>
  );
}
