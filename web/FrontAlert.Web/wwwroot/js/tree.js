// The location tree used to pick an area: country > governorate > district > towns. Each row is a toggle button
// (expand/collapse) and a pick button, so it works with Tab/Enter/Space; arrow keys move between rows.

import { el, icon, AREA_KINDS } from './core.js';

export class LocationTree {
  constructor(root, cat, { selected = null, onPick }) {
    this.root = root;
    this.cat = cat;
    this.onPick = onPick;
    this.selected = selected;
    this.expanded = new Set(['sy', ...cat.roots().map(r => r.id)]);
    for (const a of selected ? cat.ancestors(selected) : []) this.expanded.add(a.id);
    this.query = '';
    root.addEventListener('keydown', e => this.keys(e));
    this.render();
  }

  select(id) {
    this.selected = id;
    if (id) for (const a of this.cat.ancestors(id)) this.expanded.add(a.id);
    this.render();
  }

  search(text) {
    this.query = text.trim().toLowerCase();
    this.render();
  }

  render() {
    const visible = this.query ? this.matching() : null;
    const build = list => list
      .filter(l => !visible || visible.has(l.id))
      .map(l => this.node(l, visible, build));
    this.root.replaceChildren(...build(this.cat.roots()));
    if (visible && visible.size === 0) this.root.append(el('li.muted.small', { style: 'padding:6px 8px' }, 'No place matches.'));
  }

  node(l, visible, build) {
    const kids = this.cat.kids(l.id);
    const open = visible ? true : this.expanded.has(l.id);
    const li = el('li');
    const toggle = el('button.toggle' + (kids.length ? '' : '.leaf'), {
      type: 'button', tabindex: kids.length ? null : '-1',
      'aria-expanded': kids.length ? String(open) : null,
      'aria-label': kids.length ? `${open ? 'Collapse' : 'Expand'} ${l.name}` : null,
      'aria-hidden': kids.length ? null : 'true',
      onclick: () => { open ? this.expanded.delete(l.id) : this.expanded.add(l.id); this.render(); this.focus(l.id, '.toggle'); },
    }, icon('chevron'));
    const pick = el('button.pick', {
      type: 'button', 'aria-pressed': String(this.selected === l.id), dataset: { id: l.id },
      title: `Show alerts in ${l.name}${kids.length ? ' and everything inside it' : ''}`,
      onclick: () => { this.selected = l.id; this.onPick(l.id); },
    }, el('span', { style: 'overflow:hidden;text-overflow:ellipsis' }, l.name), AREA_KINDS.has(l.kind) ? null : el('span.kind', l.kind));
    li.append(el('div.node', toggle, pick));
    if (kids.length && open) li.append(el('ul', build(kids)));
    return li;
  }

  matching() {
    const hits = new Set();
    for (const l of this.cat.locations.values()) {
      if (l.name.toLowerCase().includes(this.query)) {
        hits.add(l.id);
        for (const a of this.cat.ancestors(l.id)) hits.add(a.id);
      }
    }
    return hits;
  }

  focus(id, part = '.pick') {
    this.root.querySelector(`.pick[data-id="${CSS.escape(id)}"]`)?.closest('.node')?.querySelector(part)?.focus();
  }

  keys(e) {
    if (!['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft'].includes(e.key)) return;
    const picks = [...this.root.querySelectorAll('.pick')];
    const current = document.activeElement?.closest('.node')?.querySelector('.pick');
    const i = picks.indexOf(current);
    if (i < 0) return;
    e.preventDefault();
    const id = current.dataset.id;
    if (e.key === 'ArrowDown') picks[Math.min(i + 1, picks.length - 1)].focus();
    else if (e.key === 'ArrowUp') picks[Math.max(i - 1, 0)].focus();
    else if (e.key === 'ArrowRight' && this.cat.kids(id).length && !this.expanded.has(id)) { this.expanded.add(id); this.render(); this.focus(id); }
    else if (e.key === 'ArrowLeft') {
      if (this.expanded.has(id) && this.cat.kids(id).length) { this.expanded.delete(id); this.render(); this.focus(id); }
      else { const parent = this.cat.locations.get(id)?.parentId; if (parent) this.focus(parent); }
    }
  }
}
