// Storms and second thoughts in the feed. A storm is control-change alerts of one rule for 3 or more places within one
// governorate close in time (30 minutes between one and the next):
// its newest card carries a header with the count and the places and a button that shows or hides the others (they
// stay in the list, hidden, so every alert keeps its own card). A correction strikes its original through and sits
// beside it; an alert held back from notifications says so.

import { el } from './core.js';

export const STORM_MIN = 3;
const STORM_GAP_MS = 30 * 60 * 1000;
const open = new Set();
const corrections = new Map(); // corrected alert id → correction

/** The governorate a place lies in, or null (the country itself, or an unknown place). */
function governorateOf(cat, id) {
  for (let l = cat.locations.get(id); l; l = cat.locations.get(l.parentId)) {
    if (l.kind === 'governorate') return l;
  }
  return null;
}

/** Sets what a card needs for storms and corrections; called for every card the feed builds. */
export function decorate(cat, a, li, art) {
  // Storms are places changing hands: a flurry of strikes on one town stays a list (each is its own event).
  const gov = a.kind === 'control-change' ? governorateOf(cat, a.locationId) : null;
  if (gov) {
    li.dataset.stormKey = `${a.ruleId}|${gov.id}`;
    li.dataset.gov = gov.name;
    li.dataset.place = a.locationName || cat.place(a.locationId);
    li.dataset.raisedAt = String(Date.parse(a.raisedAt) || 0);
  }
  if (a.inhibitedBy) {
    art.querySelector('.alert-top')?.append(el('span.held', { title: `Held back from notifications by ${a.inhibitedBy}` }, 'held'));
  }
  if (a.kind === 'correction' && a.corrects) {
    corrections.set(a.corrects, a);
    art.append(el('p.corrects.small', 'Corrects an earlier alert, shown struck through.'));
  }
  const correction = corrections.get(a.id);
  if (correction) strike(li, correction);
}

/** Marks the original of a correction that just arrived, if the feed shows it. */
export function corrected(feed, correction) {
  const li = [...feed.querySelectorAll('li[data-id]')].find(n => n.dataset.id === correction.corrects);
  if (li) strike(li, correction);
}

function strike(li, correction) {
  const art = li.querySelector('.alert-card');
  if (!art || art.classList.contains('corrected')) return;
  art.classList.add('corrected');
  art.append(el('div.correction-note', { role: 'note' },
    el('b', 'Corrected: '), correction.message || correction.title, ' ', el('span.muted', `#${correction.seq}`)));
}

/** Regroups the feed's cards (newest first) into storms; cheap enough to run after every change. */
export function regroup(feed) {
  const groups = [];
  const current = new Map();
  for (const li of feed.children) {
    const key = li.dataset.stormKey;
    if (!key) continue;
    const at = Number(li.dataset.raisedAt);
    let g = current.get(key);
    if (!g || g.oldestAt - at > STORM_GAP_MS) {
      g = { key, members: [] };
      current.set(key, g);
      groups.push(g);
    }
    g.members.push(li);
    g.oldestAt = at;
  }
  for (const g of groups) {
    const [head, ...rest] = g.members;
    const id = `${g.key}|${g.members[g.members.length - 1].dataset.seq}`;
    // Many places, not one place's claim, contest and confirmation.
    const storm = new Set(g.members.map(li => li.dataset.place)).size >= STORM_MIN;
    for (const li of g.members) {
      if (li !== head || !storm) li.querySelector('.storm-head')?.remove();
      li.classList.toggle('in-storm', storm && li !== head);
      li.classList.toggle('storm', storm && li === head);
      li.hidden = storm && li !== head && !open.has(id);
    }
    if (storm) header(head, id, g.members, rest);
  }
}

function header(head, id, members, rest) {
  const places = [...new Set(members.map(li => li.dataset.place))];
  const shown = places.slice(0, 8).join(', ') + (places.length > 8 ? `, and ${places.length - 8} more` : '');
  const expanded = open.has(id);
  const button = el('button.storm-toggle', {
    type: 'button', 'aria-expanded': String(expanded),
    onclick: () => {
      expanded ? open.delete(id) : open.add(id);
      for (const li of rest) li.hidden = expanded;
      head.querySelector('.storm-head')?.remove();
      header(head, id, members, rest);
    },
  }, expanded ? 'Hide the others' : `Show all ${members.length}`);
  const box = el('div.storm-head', { dataset: { count: members.length } },
    el('b.storm-count', `${members.length} alerts`), ` of this rule in ${head.dataset.gov}: `, el('span.storm-places', shown), ' ', button);
  head.querySelector('.storm-head')?.remove();
  head.classList.add('storm');
  head.dataset.stormCount = String(members.length);
  head.querySelector('.alert-card')?.prepend(box);
}
