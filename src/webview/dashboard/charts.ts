// The dashboard's SVG charts: a bar against a marker, a row of columns, a closeness line. Each carries
// its text alternative (chart() in dom.ts).
import type { PeriodTotal } from '../../core/reports/dashboardData';
import { chart, svg, svgTitle } from './dom';

/** The width of a bar, for lines drawn on it afterwards. */
export const BAR_WIDTH = 200;

/** A horizontal bar against a marker: days against cadence, minutes against intent. */
export function barWithMarker(value: number, marker: number | undefined, max: number, cls: string, label: string): SVGSVGElement {
  const W = BAR_WIDTH;
  const H = 14;
  const s = chart(W, H, label);
  s.classList.add('bar');
  const scale = (v: number) => (max > 0 ? Math.min(W, (v / max) * W) : 0);
  s.appendChild(svg('rect', { x: 0, y: 2, width: W, height: H - 4, class: 'track', rx: 2 }));
  s.appendChild(svg('rect', { x: 0, y: 2, width: Math.max(value > 0 ? 2 : 0, scale(value)), height: H - 4, class: `fill ${cls}`, rx: 2 }));
  if (marker !== undefined) s.appendChild(svg('line', { x1: scale(marker), x2: scale(marker), y1: 0, y2: H, class: 'marker' }));
  return s;
}

/** A column per period with the value above it and the week under it; the last one is the current. */
export function columns(periods: readonly PeriodTotal[], valueOf: (p: PeriodTotal) => number, format: (v: number) => string,
  tip: (p: PeriodTotal, formatted: string) => string, label: string): SVGSVGElement {
  const W = 480;
  const H = 140;
  const top = 16;
  const bottom = 20;
  const s = chart(W, H, label);
  s.classList.add('columns');
  const max = Math.max(1, ...periods.map(valueOf));
  const step = W / periods.length;
  periods.forEach((p, i) => {
    const v = valueOf(p);
    const h = ((H - top - bottom) * v) / max;
    const x = i * step + step * 0.15;
    const rect = svg('rect', { x, y: H - bottom - h, width: step * 0.7, height: Math.max(v ? 1 : 0, h), class: i === periods.length - 1 ? 'fill current' : 'fill', rx: 2 });
    rect.appendChild(svgTitle(tip(p, format(v))));
    s.appendChild(rect);
    const value = svg('text', { x: x + step * 0.35, y: H - bottom - h - 4, 'text-anchor': 'middle', class: 'value' });
    value.textContent = v ? format(v) : '';
    s.appendChild(value);
    const week = svg('text', { x: x + step * 0.35, y: H - 6, 'text-anchor': 'middle', class: 'axis' });
    week.textContent = p.key.replace(/^\d{4}-/, '');
    s.appendChild(week);
  });
  s.appendChild(svg('line', { x1: 0, x2: W, y1: H - bottom, y2: H - bottom, class: 'baseline' }));
  return s;
}

/** Closeness (1-5) over the contacts, with the middle value as a faint line. */
export function closenessLine(points: readonly { value: number }[], label: string): SVGSVGElement {
  const W = 140;
  const H = 36;
  const sp = chart(W, H, label);
  const x = (i: number) => (points.length === 1 ? W / 2 : 4 + (i * (W - 8)) / (points.length - 1));
  const y = (v: number) => H - 4 - ((v - 1) * (H - 8)) / 4;
  sp.appendChild(svg('line', { x1: 0, x2: W, y1: y(3), y2: y(3), class: 'midline' }));
  if (points.length > 1) sp.appendChild(svg('polyline', { points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), class: 'trend' }));
  points.forEach((p, i) => sp.appendChild(svg('circle', { cx: x(i), cy: y(p.value), r: 2.5, class: 'dot' })));
  return sp;
}
