// Rapport dashboard: draws the data the extension posts (src/core/reports/dashboardData.ts) as plain DOM and
// SVG. Note text only ever goes in through textContent: never innerHTML, so a name cannot become markup.
// Customer names are buttons; a click (or Enter/Space) asks the extension to open the note.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  const HABITS = { understand: 'understand deeply', vulnerability: 'mutual vulnerability', time: 'invest time' };
  const STATE_TEXT = { overdue: 'overdue', never: 'never contacted', 'due-soon': 'due soon', ok: 'in touch', unknown: 'unreadable', archived: 'archived' };

  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** @param {string} tag @param {Record<string, string | number>} attrs */
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  }

  /** An SVG with a text alternative for screen readers. @param {number} w @param {number} h @param {string} label */
  function chart(w, h, label) {
    const node = svg('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMinYMid meet' });
    const title = svg('title', {});
    title.textContent = label;
    node.appendChild(title);
    return node;
  }

  /** @param {number} minutes */
  function hm(minutes) {
    const total = Math.round(minutes);
    const h = Math.floor(total / 60);
    const m = total % 60;
    return h && m ? `${h}h${m}m` : h ? `${h}h` : `${m}m`;
  }

  /** A customer's name as a button that opens its note (at a line when given). */
  function customerButton(id, name, line) {
    const b = el('button', 'customer', name);
    b.type = 'button';
    b.title = 'Open the note';
    b.addEventListener('click', () => vscode.postMessage(line === undefined ? { type: 'open', id } : { type: 'open', id, line }));
    return b;
  }

  function section(title, hint) {
    const s = el('section');
    const h = el('h2', undefined, title);
    s.appendChild(h);
    if (hint) s.appendChild(el('p', 'muted', hint));
    app.appendChild(s);
    return s;
  }

  function empty(parent, text) {
    parent.appendChild(el('p', 'muted empty', text));
  }

  /** A horizontal bar against a marker: days against cadence, minutes against intent. */
  function barWithMarker(value, marker, max, cls, label) {
    const W = 200;
    const H = 14;
    const s = chart(W, H, label);
    s.classList.add('bar');
    const scale = (v) => (max > 0 ? Math.min(W, (v / max) * W) : 0);
    s.appendChild(svg('rect', { x: 0, y: 2, width: W, height: H - 4, class: 'track', rx: 2 }));
    s.appendChild(svg('rect', { x: 0, y: 2, width: Math.max(value > 0 ? 2 : 0, scale(value)), height: H - 4, class: `fill ${cls}`, rx: 2 }));
    if (marker !== undefined) s.appendChild(svg('line', { x1: scale(marker), x2: scale(marker), y1: 0, y2: H, class: 'marker' }));
    return s;
  }

  function summary(d) {
    const tiles = el('div', 'tiles');
    const overdue = d.contactBars.filter((b) => b.state === 'overdue').length;
    const add = (value, label, cls) => {
      const t = el('div', `tile ${cls || ''}`);
      t.appendChild(el('div', 'value', value));
      t.appendChild(el('div', 'label', label));
      tiles.appendChild(t);
    };
    add(String(overdue), overdue === 1 ? 'customer overdue' : 'customers overdue', overdue ? 'warn' : '');
    add(`${Math.round(d.share.ratio * 100)}%`, `of a ${hm(d.share.workingMinutes)} week with customers (${hm(d.share.minutes)})`);
    const t = d.time.total;
    add(t.intendedMonth ? `${hm(t.goalInvestedMonth)} / ${hm(t.intendedMonth)}` : hm(t.investedMonth),
      t.intendedMonth ? 'invested against intent this month' : 'invested this month');
    add(String(d.overdueCommitments.length), d.overdueCommitments.length === 1 ? 'promise past due' : 'promises past due', d.overdueCommitments.length ? 'warn' : '');
    app.appendChild(tiles);
  }

  function contactBars(d) {
    const s = section('Days since contact against cadence', 'Most overdue first. The line marks when the next contact is due: the cadence, or the contact you planned.');
    if (!d.contactBars.length) return empty(s, 'No customers yet.');
    const dueAfter = (b) => (b.dueAfterDays === undefined ? b.cadenceDays : b.dueAfterDays);
    const max = Math.max(...d.contactBars.map((b) => Math.max(b.daysSince || 0, dueAfter(b))));
    const list = el('ul', 'rows');
    for (const b of d.contactBars) {
      const li = el('li', `row state-${b.state}`);
      li.appendChild(customerButton(b.id, b.name));
      const due = b.planned ? `planned ${b.dueDate}` : `every ${b.cadenceDays}d`;
      const text = b.state === 'unknown' ? 'unreadable' : b.daysSince === undefined ? (b.dueDate ? `never contacted · planned ${b.dueDate}` : 'never contacted')
        : `${b.daysSince}d · ${due}${b.overdueDays ? ` · ${b.overdueDays}d overdue` : ''}`;
      li.appendChild(barWithMarker(Math.max(0, b.daysSince || 0), dueAfter(b), max, b.state, `${b.name}: ${text}, ${STATE_TEXT[b.state]}`));
      li.appendChild(el('span', 'figure', text));
      list.appendChild(li);
    }
    s.appendChild(list);
  }

  /** A 12-column chart with the value above each column and the week under it. */
  function columns(periods, valueOf, format, label) {
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
      const t = svg('title', {});
      t.textContent = `${p.key} (from ${p.start}): ${format(v)}`;
      rect.appendChild(t);
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

  function weeks(d) {
    const s = section('Contacts per week', `The last ${d.weeks.length} ISO weeks; this week is ${d.week}.`);
    const total = d.weeks.reduce((n, w) => n + w.contacts, 0);
    s.appendChild(columns(d.weeks, (w) => w.contacts, String, `Contacts per week over ${d.weeks.length} weeks: ${total} in total`));
    const s2 = section('Time invested per week', 'From the durations in contact-log headings, like (45m).');
    const minutes = d.weeks.reduce((n, w) => n + w.minutes, 0);
    s2.appendChild(columns(d.weeks, (w) => w.minutes, hm, `Time with customers per week over ${d.weeks.length} weeks: ${hm(minutes)} in total`));
    const months = el('p', 'muted', `Per month: ${d.months.map((m) => `${m.key} ${hm(m.minutes)}`).join(' · ')}`);
    s2.appendChild(months);
  }

  function time(d) {
    const s = section('Time invested against intent', `This month (${d.month}) against time_goal; the faint line is where a steady pace would be today.`);
    const rows = d.time.rows;
    if (!rows.length) return empty(s, 'No time_goal set and no time logged this month. Add time_goal: 2h/month to a note.');
    const list = el('ul', 'rows');
    const max = Math.max(1, ...rows.map((r) => Math.max(r.investedMonth, r.intendedMonth || 0)));
    const addRow = (button, invested, intended, label) => {
      const li = el('li', 'row');
      li.appendChild(button);
      const behind = intended && invested < intended * d.time.total.monthProgress;
      // Early in the month "0m of 2h" says little: the steady pace to date says whether that is behind.
      const text = intended ? `${hm(invested)} of ${hm(intended)} · pace ${hm(intended * d.time.total.monthProgress)} by today` : `${hm(invested)} · no goal`;
      const bar = barWithMarker(invested, intended, max, behind ? 'behind' : 'ontrack', `${label}: ${text} this month`);
      if (intended) {
        const x = Math.min(200, ((intended * d.time.total.monthProgress) / max) * 200);
        bar.appendChild(svg('line', { x1: x, x2: x, y1: 2, y2: 12, class: 'pace' }));
      }
      li.appendChild(bar);
      li.appendChild(el('span', 'figure', text));
      list.appendChild(li);
    };
    for (const r of rows) addRow(customerButton(r.id, r.name), r.investedMonth, r.intendedMonth, r.name);
    const t = d.time.total;
    if (t.intendedMonth) addRow(el('span', 'customer total', 'All with a goal'), t.goalInvestedMonth, t.intendedMonth, 'All customers with a goal');
    s.appendChild(list);
    s.appendChild(el('p', 'muted', `This week: ${hm(t.investedWeek)} with customers, ${Math.round(d.share.ratio * 100)}% of a ${hm(d.share.workingMinutes)} working week${t.intendedWeek ? `; intended ${hm(t.intendedWeek)} a week` : ''}.`));
  }

  function closeness(d) {
    const s = section('Closeness over time', 'The Closeness: 1-5 line of each contact-log entry.');
    if (!d.closeness.length) return empty(s, 'No Closeness: lines yet. The Meeting reflection template adds one.');
    const grid = el('ul', 'sparks');
    for (const c of d.closeness) {
      const li = el('li', 'spark');
      li.appendChild(customerButton(c.id, c.name));
      const W = 140;
      const H = 36;
      const last = c.points[c.points.length - 1];
      const sp = chart(W, H, `${c.name}: closeness ${c.points.map((p) => `${p.value} on ${p.date}`).join(', ')}`);
      const x = (i) => (c.points.length === 1 ? W / 2 : 4 + (i * (W - 8)) / (c.points.length - 1));
      const y = (v) => H - 4 - ((v - 1) * (H - 8)) / 4;
      sp.appendChild(svg('line', { x1: 0, x2: W, y1: y(3), y2: y(3), class: 'midline' }));
      if (c.points.length > 1) sp.appendChild(svg('polyline', { points: c.points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), class: 'trend' }));
      c.points.forEach((p, i) => sp.appendChild(svg('circle', { cx: x(i), cy: y(p.value), r: 2.5, class: 'dot' })));
      li.appendChild(sp);
      li.appendChild(el('span', 'figure', `${last.value}/5 on ${last.date}`));
      grid.appendChild(li);
    }
    s.appendChild(grid);
  }

  function listSection(title, hint, items, emptyText, render) {
    const s = section(title, hint);
    if (!items.length) return empty(s, emptyText);
    const ul = el('ul', 'items');
    for (const item of items) {
      const li = el('li');
      render(li, item);
      ul.appendChild(li);
    }
    s.appendChild(ul);
  }

  function render(d) {
    app.replaceChildren();
    const header = el('header');
    header.appendChild(el('h1', undefined, 'Rapport'));
    header.appendChild(el('span', 'muted', `${d.today} · ${d.week}`));
    app.appendChild(header);
    summary(d);
    contactBars(d);
    weeks(d);
    time(d);
    closeness(d);
    listSection('Overdue promises', 'Open task lines whose due date has passed. Keeping small promises builds trust.', d.overdueCommitments, 'No promise is past due.', (li, c) => {
      li.appendChild(customerButton(c.id, c.name, c.line));
      li.appendChild(el('span', 'text', c.text));
      li.appendChild(el('span', 'figure warn', `due ${c.due} · ${c.daysOverdue}d overdue`));
    });
    const none = !d.contactBars.length;
    listSection('Habits gone quiet', `Not reflected on for more than ${d.staleDays} days.`, d.staleHabits, none ? 'No customers yet.' : 'Every habit was reflected on recently.', (li, h) => {
      li.appendChild(customerButton(h.id, h.name));
      li.appendChild(el('span', 'text', h.habits.map((x) => `${HABITS[x.habit] || x.habit} (${x.last ? `last ${x.last}` : 'never'})`).join(' · ')));
    });
    listSection('Opportunities and risks to revisit', `Not revisited for more than ${d.staleDays} days.`, d.staleRegister, none ? 'No customers yet.' : 'Nothing has gone stale.', (li, r) => {
      li.appendChild(customerButton(r.id, r.name, r.line));
      li.appendChild(el('span', `kind ${r.kind}`, r.kind === 'risk' ? 'Risk' : 'Opportunity'));
      li.appendChild(el('span', 'text', r.text));
      li.appendChild(el('span', 'figure', r.touched ? `last ${r.touched}` : 'undated'));
    });
    vscode.postMessage({ type: 'rendered', today: d.today, customers: d.contactBars.length });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'data' && message.data) {
      vscode.setState(message.data);
      render(message.data);
    }
  });
  const saved = vscode.getState();
  if (saved) render(saved);
  vscode.postMessage({ type: 'ready' });
})();
