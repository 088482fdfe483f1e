// Building DOM and SVG nodes. Text only ever goes in through textContent: never innerHTML, so a name
// from a note cannot become markup.
const SVG_NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** An SVG `<title>`: the tooltip of a chart or of one of its parts. */
export function svgTitle(text: string): SVGTitleElement {
  const title = svg('title', {});
  title.textContent = text;
  return title;
}

/** An SVG with a text alternative for screen readers. */
export function chart(w: number, h: number, label: string): SVGSVGElement {
  const node = svg('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMinYMid meet' });
  node.appendChild(svgTitle(label));
  return node;
}
