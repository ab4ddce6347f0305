// The live feed: alerts newest first, filtered by area (a subtree of the location tree) and minimum severity.
// The filter lives in the URL (?area=sy-idlib&min=warning) so a view can be shared and the back button works.

import {
  catalog, el, icon, timeEl, tickTimes, severityChip, confidenceBadge, sideEl, num, params, setParams,
  KIND_NAMES, CATEGORY_NAMES, SEVERITIES, AREA_KINDS, debounce,
} from './core.js';
import { LiveStream, recentAlerts } from './live.js';
import { LocationTree } from './tree.js';

const MAX_ITEMS = 500;
const FIRST_PAGE = 200;
const OLDER_PAGE = 100;
const $ = id => document.getElementById(id);
const feed = $('feed');
const marker = $('new-marker');
let cat;
let stream;
let tree;
let filter = readFilter();
let unseen = 0;
let loadToken = 0;
// paging backwards on scroll: the next request asks for alerts before `before` (null: before the oldest shown)
let older = { before: null, done: false, busy: false };
let hiddenCount = 0;
let baseTitle = document.title;
document.addEventListener('visibilitychange', () => {
  if (!document.hidden) { hiddenCount = 0; document.title = baseTitle; }
});

function readFilter() {
  const p = params();
  const min = p.get('min');
  return { area: p.get('area') || null, min: SEVERITIES.includes(min) && min !== 'info' ? min : null };
}

async function main() {
  wireControls();
  try {
    cat = await catalog();
  } catch (e) {
    banner('error', `The server cannot be reached (${e.message}). Retrying…`);
    setTimeout(main, 3000);
    return;
  }
  banner();
  if (filter.area && !cat.locations.has(filter.area)) filter.area = null;
  tree = new LocationTree($('tree'), cat, { selected: filter.area, onPick: id => applyFilter({ ...filter, area: id }, true) });
  $('tree-search').addEventListener('input', debounce(e => tree.search(e.target.value), 120));
  stream = new LiveStream({
    filter: () => ({ scopeIds: filter.area ? [filter.area] : [], minSeverity: filter.min }),
    onAlert: alert => add(alert, true),
    // The log could not vouch for this page's cursor (it lost alerts, or too much was missed): seqs after the reset
    // may be shown already for other alerts, so the page starts again from what the log holds now.
    onReset: reset => {
      if (reset.reason === 'truncated' || reset.reason === 'trimmed') return;
      banner('warn', `The alert log was restored (${reset.reason}); the feed was reloaded from it. Alerts shown before may be gone from the log.`);
      load(true);
    },
    statusEl: $('conn'),
  });
  await load();
}

function wireControls() {
  for (const radio of document.querySelectorAll('input[name="min"]')) {
    radio.checked = radio.value === (filter.min || 'info');
    radio.addEventListener('change', () => applyFilter({ ...filter, min: radio.value === 'info' ? null : radio.value }, true));
  }
  $('area-all').addEventListener('click', () => applyFilter({ ...filter, area: null }, true));
  const toggle = $('filters-toggle');
  toggle.addEventListener('click', () => {
    const open = $('sidebar').classList.toggle('collapsed') === false;
    toggle.setAttribute('aria-expanded', String(open));
  });
  marker.addEventListener('click', () => {
    window.scrollTo({ top: 0, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    feed.focus({ preventScroll: true });
    clearUnseen();
  });
  window.addEventListener('scroll', () => {
    if (!scrolledAway()) clearUnseen();
    if (window.innerHeight + window.scrollY >= document.body.offsetHeight - 800) loadOlder();
  }, { passive: true });
  window.addEventListener('popstate', () => {
    const next = readFilter();
    if (next.area !== filter.area || next.min !== filter.min) applyFilter(next, false);
  });
}

function applyFilter(next, push) {
  filter = next;
  if (push) {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries({ area: filter.area, min: filter.min })) v ? p.set(k, v) : p.delete(k);
    const qs = p.toString();
    history.pushState(null, '', location.pathname + (qs ? '?' + qs : ''));
  } else {
    setParams({});
  }
  for (const radio of document.querySelectorAll('input[name="min"]')) radio.checked = radio.value === (filter.min || 'info');
  tree?.select(filter.area);
  load();
}

async function load(keepBanner = false) {
  const token = ++loadToken;
  older = { before: null, done: false, busy: false };
  renderSummary();
  feed.setAttribute('aria-busy', 'true');
  feed.replaceChildren();
  clearUnseen();
  $('empty').hidden = true;
  let history;
  try {
    history = await recentAlerts({ scopeId: filter.area, minSeverity: filter.min, keep: FIRST_PAGE });
  } catch (e) {
    if (token !== loadToken) return;
    banner('error', `Could not load the alert history (${e.message}). Retrying…`);
    setTimeout(() => token === loadToken && load(), 3000);
    return;
  }
  if (token !== loadToken) return;
  if (!keepBanner) banner();
  older.before = history.scannedTo || null;
  const frag = document.createDocumentFragment();
  for (const alert of history.alerts.slice().reverse()) frag.append(card(alert, false));
  feed.append(frag);
  feed.setAttribute('aria-busy', 'false');
  updateEmpty();
  stream.lastSeq = history.lastSeq;
  stream.epoch = history.epoch;
  stream.start();
}

/** The next page of older alerts, appended below the oldest shown. */
async function loadOlder() {
  if (older.busy || older.done || !cat) return;
  const token = loadToken;
  const oldest = feed.lastElementChild ? Number(feed.lastElementChild.dataset.seq) : Infinity;
  const before = Math.min(older.before ?? Infinity, oldest);
  if (!(before > 1) || before === Infinity) {
    older.done = true;
    return;
  }
  older.busy = true;
  try {
    const page = await recentAlerts({ scopeId: filter.area, minSeverity: filter.min, keep: OLDER_PAGE, before });
    if (token !== loadToken) return;
    const frag = document.createDocumentFragment();
    for (const alert of page.alerts.slice().reverse()) {
      if (!feed.querySelector(`[data-seq="${alert.seq}"]`)) frag.append(card(alert, false));
    }
    feed.append(frag);
    older.before = page.scannedTo;
    if ((page.alerts.length === 0 && page.scannedTo >= before) || page.scannedTo <= 1) older.done = true;
    updateEmpty();
  } catch {
    // the next scroll tries again
  } finally {
    older.busy = false;
  }
}

function add(alert, live) {
  if (feed.querySelector(`[data-seq="${alert.seq}"]`)) return;
  const away = scrolledAway();
  const item = card(alert, live);
  // keep newest first even if a replay delivers an older seq after a newer one
  let before = feed.firstElementChild;
  while (before && Number(before.dataset.seq) > alert.seq) before = before.nextElementSibling;
  feed.insertBefore(item, before);
  while (feed.childElementCount > MAX_ITEMS) {
    feed.lastElementChild.remove();
    older = { before: null, done: false, busy: older.busy }; // scrolling down fetches them again
  }
  updateEmpty();
  if (live && document.hidden) {
    hiddenCount++;
    document.title = `(${hiddenCount}) ${baseTitle}`;
  }
  if (live && away) {
    unseen++;
    marker.hidden = false;
    marker.replaceChildren(icon('up'), `${unseen} new alert${unseen === 1 ? '' : 's'}`);
  }
}

function scrolledAway() {
  return window.scrollY > Math.max(80, feed.offsetTop - 20);
}

function clearUnseen() {
  unseen = 0;
  marker.hidden = true;
}

function updateEmpty() {
  $('empty').hidden = feed.childElementCount > 0;
}

function card(a, fresh) {
  const headingId = `alert-${a.seq}`;
  const li = el('li', { dataset: { seq: a.seq, id: a.id, severity: a.severity, location: a.locationId } });
  const art = el('article.alert-card.' + a.severity + (fresh ? '.fresh' : ''), { 'aria-labelledby': headingId });
  const top = el('div.alert-top',
    severityChip(a.severity),
    el('span.kind', KIND_NAMES[a.kind] || a.kind),
    confidenceBadge(a.confidence),
    timeEl(a.raisedAt, { relative: true }));
  const meta = el('div.alert-meta',
    el('a.place', { href: `/location.html?id=${encodeURIComponent(a.locationId)}` }, icon('pin'), a.locationName || cat.place(a.locationId)),
    placeContext(a));
  if (a.from || a.to) {
    meta.append(el('span.row', { style: 'gap:6px' },
      a.from ? sideEl(a.from.side, cat.actor(a.from.actorId)) : el('span.muted', 'unknown'),
      el('span.arrow', { 'aria-label': 'to' }, '→'),
      a.to ? sideEl(a.to.side, cat.actor(a.to.actorId)) : el('span.muted', 'unknown')));
  }
  if (a.value !== null && a.value !== undefined) {
    meta.append(el('span', el('span.muted', (CATEGORY_NAMES[a.category] || 'Value') + ': '), el('span.figure', num(a.value)),
      a.threshold !== null && a.threshold !== undefined ? el('span.muted', ` (threshold ${num(a.threshold)})`) : null));
  }
  const foot = el('div.alert-foot',
    el('span', el('b', 'Sources: '), a.sourceIds?.length ? a.sourceIds.map(cat.source, cat).join(', ') : '—'),
    el('span', el('b', 'Observed: '), timeEl(a.observedAt)),
    el('span', el('b', 'Rule: '), a.ruleId),
    el('span', { title: 'Sequence number in the alert log' }, `#${a.seq}`));
  art.append(top, el('h3.alert-title', { id: headingId }, a.title), meta, a.message ? el('p.alert-msg', a.message) : null, foot);
  li.append(art);
  return li;
}

function placeContext(a) {
  const place = cat.locations.get(a.locationId);
  if (!place) return null;
  const parent = cat.locations.get(place.parentId);
  const scope = a.scopeId && a.scopeId !== a.locationId ? cat.place(a.scopeId) : null;
  const text = AREA_KINDS.has(place.kind) ? place.kind : (parent ? `${place.kind} in ${parent.name}` : place.kind);
  return el('span.muted', text + (scope && (!parent || scope !== parent.name) ? ` · watched in ${scope}` : ''));
}

function renderSummary() {
  const box = $('filter-summary');
  box.replaceChildren();
  const areaName = filter.area ? cat.place(filter.area) : 'All of Syria';
  box.append(el('span.filter-chip', { 'data-filter': 'area' }, `Area: ${areaName}`,
    filter.area ? el('button', { type: 'button', 'aria-label': `Clear the area filter ${areaName}`, onclick: () => applyFilter({ ...filter, area: null }, true) }, '×') : null));
  const sevName = { warning: 'Warning and above', critical: 'Critical only' }[filter.min] || 'All severities';
  box.append(el('span.filter-chip', { 'data-filter': 'severity' }, sevName,
    filter.min ? el('button', { type: 'button', 'aria-label': 'Clear the severity filter', onclick: () => applyFilter({ ...filter, min: null }, true) }, '×') : null));
  baseTitle = `${filter.area ? areaName + ' · ' : ''}Live feed · FrontAlert`;
  document.title = baseTitle;
  const active = (filter.area ? 1 : 0) + (filter.min ? 1 : 0);
  $('filters-toggle').textContent = active ? `Filters · ${active} active` : 'Filters';
  $('feed-sub').textContent = `Newest first, as they are raised${filter.area ? ` in ${areaName} and everything inside it` : ''}.`;
}

function banner(kind, message) {
  const box = $('banner');
  box.replaceChildren(kind ? el('div.banner.' + (kind === 'error' ? 'error' : 'warn'), { role: 'alert' }, message) : '');
}

setInterval(() => tickTimes(feed), 30_000);
main();
