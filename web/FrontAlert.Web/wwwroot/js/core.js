// Shared helpers for FrontAlert's pages: the REST API, DOM building (never innerHTML with data), formatting,
// and the catalog (locations, actors, sources) that turns ids into names.

export const API = '/api/v1';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  /** Field name -> messages, from an RFC 7807 validation problem. */
  get fieldErrors() { return this.problem.errors || {}; }
}

/** fetch() against /api/v1 with JSON in and out; throws ApiError with the problem details on failure. */
export async function api(path, { method = 'GET', body, key, signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers['X-Api-Key'] = key;
  const response = await fetch(API + path, {
    method, headers, signal, cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { title: text }; }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/**
 * Builds an element: el('a.btn.primary', {href: '/'}, 'text', child). Strings become text nodes, so data from the
 * server is never parsed as HTML. Attribute values of null/undefined/false are skipped.
 */
export function el(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const node = document.createElement(tag || 'div');
  if (classes.length) node.className = classes.join(' ');
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
    attrs = null;
  }
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className += (node.className ? ' ' : '') + value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const ICONS = {
  pin: 'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z',
  chevron: 'M9 5l7 7-7 7',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  question: 'M12 18h.01M9.2 9a3 3 0 1 1 4.3 2.7c-.9.4-1.5 1.2-1.5 2.2V15',
  split: 'M4 12h16M12 4v16',
  inbox: 'M3 13h5l2 3h4l2-3h5M5 5h14l2 8v6H3v-6z',
  up: 'M12 19V5M5 12l7-7 7 7',
  layers: 'M12 3l9 5-9 5-9-5 9-5zm-9 9l9 5 9-5M3 16l9 5 9-5',
};

export function icon(name, cls) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  if (cls) svg.setAttribute('class', cls);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICONS[name] || '');
  const stroked = name !== 'pin';
  path.setAttribute('fill', stroked ? 'none' : 'currentColor');
  if (stroked) {
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2.2');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
  }
  svg.append(path);
  return svg;
}

// ---------- formatting ----------

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const shortDateTimeFmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const numberFmt = new Intl.NumberFormat();

export const num = n => (n === null || n === undefined ? '—' : numberFmt.format(n));

/** "14:32:05" today, "24 Nov, 14:32" this year, else with the year. */
export function when(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  const now = new Date();
  if (d.toDateString() === now.toDateString()) return timeFmt.format(d);
  if (d.getFullYear() === now.getFullYear()) return shortDateTimeFmt.format(d);
  return dateTimeFmt.format(d);
}

export function ago(iso) {
  if (!iso) return '';
  const seconds = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
  const future = seconds < 0;
  const s = Math.abs(seconds);
  let text;
  if (s < 45) text = future ? 'in a moment' : 'just now';
  else if (s < 90 * 60) text = `${Math.round(s / 60)} min`;
  else if (s < 36 * 3600) text = `${Math.round(s / 3600)} h`;
  else text = `${Math.round(s / 86400)} d`;
  if (text.includes('now') || text.includes('moment')) return text;
  return future ? `in ${text}` : `${text} ago`;
}

/** A <time> element showing a local time, with the exact UTC instant as its tooltip; kept fresh by tickTimes(). */
export function timeEl(iso, { relative = false, prefix = '' } = {}) {
  const t = el('time', { datetime: iso, title: iso ? new Date(iso).toISOString().replace('.000Z', 'Z') : null });
  if (relative) t.dataset.relative = prefix;
  t.textContent = relative ? `${prefix}${when(iso)} · ${ago(iso)}` : when(iso);
  return t;
}

export function tickTimes(root = document) {
  for (const t of root.querySelectorAll('time[data-relative]')) {
    t.textContent = `${t.dataset.relative}${when(t.dateTime)} · ${ago(t.dateTime)}`;
  }
}
setInterval(() => tickTimes(), 30_000);

export const SEVERITIES = ['info', 'warning', 'critical'];
export const SIDES = ['government', 'opposition', 'sdf', 'other'];
export const SIDE_NAMES = { government: 'Government', opposition: 'Opposition', sdf: 'SDF', other: 'Other', unknown: 'Unknown' };
export const CATEGORY_NAMES = { killed: 'Killed', civilians_killed: 'Civilians killed', combatants_killed: 'Combatants killed', wounded: 'Wounded' };
export const KIND_NAMES = {
  'control-change': 'Control change', 'toll-threshold': 'Toll threshold', strike: 'Strike',
  'toll-divergence': 'Toll divergence', correction: 'Correction', contested: 'Flapping',
};
export const AREA_KINDS = new Set(['country', 'governorate', 'district', 'subdistrict']);

/**
 * What a challenge says in words, as the alerts say it: "Syrian state TV claims Syrian Arab Army captured it;
 * Military Operations Command denies".
 */
export function challengeText(ch, cat) {
  const who = ch.sourceIds.map(s => cat.source(s)).join(', ') || 'a source';
  const claims = `${who} claim${ch.sourceIds.length === 1 ? 's' : ''} ${cat.actor(ch.actorId)} ${ch.status === 'holds' ? 'holds' : ch.status} it`;
  const deniers = ch.deniedBy || [];
  return deniers.length ? `${claims}; ${deniers.map(s => cat.source(s)).join(', ')} den${deniers.length === 1 ? 'ies' : 'y'}` : claims;
}

/**
 * How exactly a report placed and dated what it tells, in the words alerts use ("approximate: province level");
 * null when exact. The server's Precision.Describe says the same.
 */
export function precisionText(p) {
  if (!p) return null;
  const parts = [];
  if (p.geo === 2) parts.push('near the place named'); else if (p.geo >= 3) parts.push('province level');
  if (p.time === 2) parts.push('within a week'); else if (p.time >= 3) parts.push('within a month');
  return parts.length ? 'approximate: ' + parts.join(', ') : null;
}

export function sideDot(side) {
  return el('span.side-dot.' + (side || 'unknown'), { 'aria-hidden': 'true' });
}

export function sideEl(side, actorName) {
  const label = SIDE_NAMES[side || 'unknown'];
  return el('span.side', sideDot(side), actorName || label, actorName ? el('span.muted', ` (${label})`) : null);
}

export function confidenceBadge(confidence) {
  if (!confidence) return null;
  const glyph = { confirmed: 'check', claimed: 'question', contested: 'split' }[confidence];
  return el('span.badge.' + confidence, { title: CONFIDENCE_HELP[confidence] }, icon(glyph), confidence);
}

const CONFIDENCE_HELP = {
  confirmed: 'Confirmed: a monitor, or two independent outlets, agree',
  claimed: 'Claimed: only partisan or unverified sources, or one side against the other',
  contested: 'Contested: trusted sources disagree, or fighting is reported',
};

export function severityChip(severity) {
  return el('span.chip.' + severity, el('span.sr-only', 'Severity: '), severity);
}

export function trustBadge(trust) {
  return trust ? el('span.trust.' + trust, trust) : null;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

export function toast(message, kind = '') {
  const node = el('div.toast' + (kind ? '.' + kind : ''), { role: 'status' }, message);
  document.body.append(node);
  setTimeout(() => node.remove(), 3500);
}

// ---------- catalog ----------

let catalogPromise;

/** Locations, actors and sources, loaded once per page. */
export function catalog() {
  catalogPromise ??= Promise.all([api('/locations'), api('/actors'), api('/sources')]).then(([locations, actors, sources]) => new Catalog(locations, actors, sources));
  return catalogPromise;
}

export class Catalog {
  constructor(locations, actors, sources) {
    this.locations = new Map(locations.map(l => [l.id, l]));
    this.actors = new Map(actors.map(a => [a.id, a]));
    this.sources = new Map(sources.map(s => [s.id, s]));
    this.children = new Map();
    for (const l of locations) {
      const key = l.parentId || '';
      if (!this.children.has(key)) this.children.set(key, []);
      this.children.get(key).push(l);
    }
    for (const list of this.children.values()) list.sort(byKindThenName);
  }
  place(id) { return this.locations.get(id)?.name || id; }
  actor(id) { return this.actors.get(id)?.name || id; }
  source(id) { return id === 'gazetteer' ? 'Gazetteer (26 Nov 2024)' : (this.sources.get(id)?.name || id); }
  sideOf(actorId) { return this.actors.get(actorId)?.side; }
  ancestors(id) {
    const chain = [];
    for (let l = this.locations.get(this.locations.get(id)?.parentId); l; l = this.locations.get(l.parentId)) chain.unshift(l);
    return chain;
  }
  isWithin(id, scopeId) { return id === scopeId || this.ancestors(id).some(a => a.id === scopeId); }
  roots() { return this.children.get('') || []; }
  kids(id) { return this.children.get(id) || []; }
  /** Every location in tree order with its depth, for indented selects. */
  flat() {
    const out = [];
    const walk = (list, depth) => { for (const l of list) { out.push({ ...l, depth }); walk(this.kids(l.id), depth + 1); } };
    walk(this.roots(), 0);
    return out;
  }
}

const KIND_ORDER = ['country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village', 'site'];
function byKindThenName(a, b) {
  const ka = AREA_KINDS.has(a.kind) ? 0 : 1;
  const kb = AREA_KINDS.has(b.kind) ? 0 : 1;
  if (ka !== kb) return ka - kb;
  const k = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  return ka === 0 && k !== 0 ? k : a.name.localeCompare(b.name);
}

/** Query-string state that is part of the URL, so a filtered view can be shared. */
export function params() { return new URLSearchParams(location.search); }
export function setParams(values) {
  const p = params();
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined || v === '') p.delete(k); else p.set(k, v);
  }
  const qs = p.toString();
  history.replaceState(null, '', location.pathname + (qs ? '?' + qs : '') + location.hash);
}
