// @vitest-environment jsdom
/**
 * Issue 14 item 6: the timeline's line labels stay inside the box. A line near the right edge (the
 * week's overtime limit at 03:30 the next night, drawn at the day's end) is anchored at its end, one
 * near the left edge at its start, the others centred on the line.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline, labelPlacement } from '../../src/ui/components/Timeline';
import { I18nProvider } from '../../src/ui/i18n';

afterEach(cleanup);

const DAY = Date.parse('2026-11-24T00:00:00+01:00');
const H = 3_600_000;

describe('Timeline: labels inside the box', () => {
  it('anchors near the edges, centres in between', () => {
    expect(labelPlacement(720, 'Overtidsgrense', 720)).toEqual({ x: 718, anchor: 'end' });
    expect(labelPlacement(700, 'Overtidsgrense', 720)).toEqual({ x: 700, anchor: 'end' });
    expect(labelPlacement(0, 'Pause', 720)).toEqual({ x: 2, anchor: 'start' });
    expect(labelPlacement(10, 'Lengre pause', 720)).toEqual({ x: 10, anchor: 'start' });
    expect(labelPlacement(360, 'Overtidsgrense', 720)).toEqual({ x: 360, anchor: 'middle' });
  });

  it('draws the overtime limit after midnight at the right edge, ending inside the box', () => {
    render(
      <I18nProvider lang="nb">
        <Timeline
          dayStart={DAY}
          dayEnd={DAY + 24 * H}
          zone="Europe/Oslo"
          agreed={[{ start: DAY + 8 * H, end: DAY + 15.75 * H }]}
          sessions={[{ start: DAY + 12 * H, end: DAY + 21.5 * H }]}
          lines={[
            { at: DAY + 15.75 * H, label: 'Avtalt slutt' },
            { at: DAY + 27.5 * H, label: 'Overtidsgrense' },
          ]}
          now={DAY + 21.5 * H}
        />
      </I18nProvider>,
    );
    const labels = screen.getAllByTestId('timeline-line').map((g) => g.querySelector('text') as SVGTextElement);
    const late = labels.find((t) => t.textContent === 'Overtidsgrense') as SVGTextElement;
    expect(late.getAttribute('text-anchor')).toBe('end');
    expect(Number(late.getAttribute('x'))).toBeLessThanOrEqual(720);
    const mid = labels.find((t) => t.textContent === 'Avtalt slutt') as SVGTextElement;
    expect(mid.getAttribute('text-anchor')).toBe('middle');
  });
});
