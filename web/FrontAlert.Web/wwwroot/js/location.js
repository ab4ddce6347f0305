// A location's page: current control beside each source's claim, tolls per category with each source's figure and
// the effective one, recent strikes, places inside (for areas) and the full timeline. Refreshes live.

import {
  api, catalog, el, timeEl, confidenceBadge, sideEl, sideDot, trustBadge, num, params, debounce, challengeText, precisionText,
  SIDE_NAMES, CATEGORY_NAMES, AREA_KINDS,
} from './core.js';
import { LiveStream } from './live.js';

const $ = id => document.getElementById(id);
const id = params().get('id') || 'sy';
let cat;
let limit = 100;

async function main() {
  try {
    cat = await catalog();
  } catch (e) {
    banner(`The server cannot be reached (${e.message}). Retrying…`);
    setTimeout(main, 3000);
    return;
  }
  if (!cat.locations.has(id)) {
    $('name').textContent = 'Unknown place';
    banner(`There is no location with id “${id}”.`);
    return;
  }
  $('more').addEventListener('click', () => { limit = Math.min(1000, limit * 4); loadTimeline(); });
  await reload();
  const refresh = debounce(() => reload().catch(() => {}), 250);
  new LiveStream({
    filter: () => ({ scopeIds: [id], minSeverity: null }),
    afterSeq: null,
    onLocation: refresh,
    onAlert: refresh,
    onResync: refresh,
    statusEl: $('conn'),
  }).start();
}

let reloads = 0;

async function reload() {
  // Reloads overlap (a live update and a resync): only the one asked for last may draw, never an older answer over it.
  const mine = ++reloads;
  const [state] = await Promise.all([api(`/locations/${encodeURIComponent(id)}`), loadTimeline()]);
  if (mine !== reloads) return;
  banner();
  render(state);
  const place = state.location;
  if (AREA_KINDS.has(place.kind)) await renderChildren();
}

function render(s) {
  const place = s.location;
  document.title = `${place.name} · FrontAlert`;
  $('crumbs').replaceChildren(...cat.ancestors(place.id).flatMap(a => [el('a', { href: `/location.html?id=${encodeURIComponent(a.id)}` }, a.name), el('span', { 'aria-hidden': 'true' }, '›')]),
    el('span', { 'aria-current': 'page' }, place.name));
  $('name').textContent = place.name;
  $('sub').dataset.kind = place.kind;
  $('sub').replaceChildren(
    el('span', { style: 'text-transform:capitalize' }, place.kind),
    place.lat !== null && place.lat !== undefined ? ` · ${place.lat.toFixed(3)}°N ${place.lon.toFixed(3)}°E` : '',
    ' · ', el('code', place.id));
  $('feed-link').href = `/?area=${encodeURIComponent(place.id)}`;
  $('map-link').href = `/map.html?focus=${encodeURIComponent(place.id)}`;
  $('updated').replaceChildren(s.updatedAt ? el('span', 'Updated ', timeEl(s.updatedAt, { relative: true })) : '');
  renderControl(s);
  renderClaims(s);
  renderTolls(s.tolls);
  renderStrikes(s.recentStrikes);
}

function renderControl(s) {
  const box = $('control');
  const c = s.control;
  if (!c) {
    box.replaceChildren(el('p.muted', { style: 'margin:0' }, AREA_KINDS.has(s.location.kind)
      ? 'An area: control is tracked for each place inside it (below).'
      : 'No source has reported who holds this place yet.'));
    return;
  }
  const ch = s.challenge;
  const swatchClass = ['swatch', c.side, ch ? `challenged.by-${ch.side}` : c.confidence !== 'confirmed' ? c.confidence : ''].filter(Boolean).join('.');
  // A claim that could not confirm on its own stands beside the assessed holder, in words as the alerts put it.
  const challenge = ch ? el('p.challenge-note', { dataset: { side: ch.side, confidence: ch.confidence } },
    sideDot(ch.side), ' ', el('b', 'Challenged: '), challengeText(ch, cat), ' ', confidenceBadge(ch.confidence),
    el('span.muted', ' · since '), timeEl(ch.since, { relative: true })) : null;
  box.replaceChildren(...[
    el('div.control-hero', { dataset: { side: c.side, confidence: c.confidence } },
      el('span.' + swatchClass, { 'aria-hidden': 'true' }),
      el('div',
        el('div.who', cat.actor(c.actorId)),
        el('div.how', el('span', SIDE_NAMES[c.side]), el('span', '·'), el('span', c.status), confidenceBadge(c.confidence)))),
    challenge,
    el('dl.facts',
      el('dt', 'Since'), el('dd', timeEl(c.since, { relative: true })),
      precisionText(c.precision) ? [el('dt', 'Precision'), el('dd.precision', precisionText(c.precision))] : null,
      el('dt', 'On the word of'), el('dd', c.sourceIds.length ? c.sourceIds.map((sid, i) => [i ? ', ' : '', cat.source(sid), ' ', trustBadge(cat.sources.get(sid)?.trust)]) : '—'),
      el('dt', 'Reports'), el('dd', c.reportIds.length ? c.reportIds.map((r, i) => [i ? ', ' : '', el('code', r)]) : '—'))].filter(Boolean));
}

function renderClaims(s) {
  const box = $('claims');
  box.closest('section').hidden = !s.claims.length && AREA_KINDS.has(s.location.kind);
  if (!s.claims.length) {
    box.replaceChildren(el('p.muted', { style: 'margin:0' }, 'No source has made a claim about this place.'));
    return;
  }
  const holder = s.control?.side;
  const table = el('table.data.claims',
    el('caption.sr-only', 'Each source\u2019s current claim about who holds this place, against the current control'),
    el('thead', el('tr', el('th', { scope: 'col' }, 'Source'), el('th', { scope: 'col' }, 'Says'), el('th', { scope: 'col' }, el('span.sr-only', 'Versus current control')))),
    el('tbody', s.claims.map(claim => {
      const agrees = holder && claim.side === holder && (claim.status === 'captured' || claim.status === 'holds');
      const verdict = !holder ? '' : agrees ? 'agrees' : 'disagrees';
      return el('tr' + (verdict ? '.' + verdict : ''), { dataset: { source: claim.sourceId } },
        el('td', el('div', cat.source(claim.sourceId)), trustBadge(cat.sources.get(claim.sourceId)?.trust)),
        el('td', el('div', sideEl(claim.side, cat.actor(claim.actorId))),
          el('div.small.muted', `${claim.status} · `, timeEl(claim.observedAt))),
        el('td', { style: 'text-align:right' }, verdict ? el('span.verdict.' + verdict, verdict === 'agrees' ? '✓ agrees' : '✕ disagrees') : ''));
    })));
  box.replaceChildren(table);
}

function renderTolls(tolls) {
  const box = $('tolls');
  const categories = Object.keys(CATEGORY_NAMES).filter(c => tolls[c]);
  const sources = [...new Set(categories.flatMap(c => Object.keys(tolls[c].bySource)))].sort();
  const kpis = el('div.kpis', categories.map(c => el('div.kpi', { dataset: { category: c } },
    el('div.v', num(tolls[c].effective)), el('div.k', CATEGORY_NAMES[c]))));
  const table = el('table.data',
    el('caption.sr-only', 'Tolls per category: the strike sum, each source\u2019s figure and the effective figure'),
    el('thead', el('tr', el('th', { scope: 'col' }, 'Category'), el('th.num', { scope: 'col', title: 'Sum of strike reports in this area' }, 'Strikes'),
      sources.map(sid => el('th.num', { scope: 'col', title: cat.source(sid) }, shortSource(sid))),
      el('th.num.effective', { scope: 'col' }, 'Effective'))),
    el('tbody', categories.map(c => el('tr', { dataset: { category: c } },
      el('th', { scope: 'row' }, CATEGORY_NAMES[c]),
      el('td.num', num(tolls[c].incidents)),
      sources.map(sid => el('td.num', { dataset: { source: sid } }, tolls[c].bySource[sid] === undefined ? '—' : num(tolls[c].bySource[sid]))),
      el('td.num.effective', num(tolls[c].effective))))));
  box.replaceChildren(kpis, el('div.table-wrap', table),
    el('p.small.muted', { style: 'margin:10px 0 0' }, 'Effective: the highest figure among monitors and the strike sum. Each source\u2019s figure is its own cumulative estimate.'));
}

function shortSource(sid) {
  const s = cat.sources.get(sid);
  if (!s) return sid;
  return s.name.length <= 14 ? s.name : sid.toUpperCase().replace(/-/g, ' ');
}

function renderStrikes(strikes) {
  const box = $('strikes');
  if (!strikes?.length) {
    box.replaceChildren(el('p.muted', { style: 'margin:0' }, AREA_KINDS.has($('sub').dataset.kind)
      ? 'Strikes are listed on the page of the place they hit; the tolls above count every strike inside this area.'
      : 'No strike reported here.'));
    return;
  }
  box.replaceChildren(el('ul.strikes', strikes.slice().sort((a, b) => b.observedAt.localeCompare(a.observedAt)).map(s => el('li',
    el('div.row', el('b', { style: 'text-transform:capitalize' }, s.kind), s.perpetratorId ? el('span.muted', `by ${cat.actor(s.perpetratorId)}`) : null,
      el('span.grow'), timeEl(s.observedAt)),
    el('div.nums', el('span', el('span.figure', num(s.killed)), ' killed'), el('span', el('span.figure', num(s.civiliansKilled)), ' civilians'),
      el('span', el('span.figure', num(s.wounded)), ' wounded'), el('span.muted', cat.source(s.sourceId)),
      precisionText(s.precision) ? el('span.precision.muted', precisionText(s.precision)) : null)))));
}

async function renderChildren() {
  const geo = await api('/map');
  const inside = geo.features.map(f => f.properties).filter(p => p.id !== id && !AREA_KINDS.has(p.kind) && cat.isWithin(p.id, id));
  $('children-panel').hidden = inside.length === 0;
  inside.sort((a, b) => a.name.localeCompare(b.name));
  $('children').replaceChildren(el('table.data.responsive',
    el('thead', el('tr', el('th', { scope: 'col' }, 'Place'), el('th', { scope: 'col' }, 'Held by'), el('th', { scope: 'col' }, 'Confidence'), el('th', { scope: 'col' }, 'Since'))),
    el('tbody', inside.map(p => el('tr',
      el('td', { 'data-label': 'Place' }, el('a', { href: `/location.html?id=${encodeURIComponent(p.id)}` }, p.name)),
      el('td', { 'data-label': 'Held by' }, p.side ? sideEl(p.side, cat.actor(p.actorId)) : el('span.muted', 'unknown')),
      el('td', { 'data-label': 'Confidence' }, confidenceBadge(p.confidence) || '—'),
      el('td', { 'data-label': 'Since' }, p.since ? timeEl(p.since) : '—'))))));
}

async function loadTimeline() {
  const entries = await api(`/locations/${encodeURIComponent(id)}/timeline?limit=${limit}`);
  $('timeline').replaceChildren(...(entries.length ? entries.map(entry) : [el('li.muted', 'Nothing reported here yet.')]));
  $('more').hidden = entries.length < limit || limit >= 1000;
}

function entry({ report: r, note }) {
  let dot = r.type;
  let head;
  if (r.type === 'control') {
    const side = cat.sideOf(r.actorId);
    dot = side || 'unknown';
    head = [el('b', cat.source(r.sourceId)), ': ', sideDot(side), ' ', cat.actor(r.actorId), ' ', el('b', r.status)];
  } else if (r.type === 'strike') {
    head = [el('b', { style: 'text-transform:capitalize' }, r.kind), r.perpetratorId ? ` by ${cat.actor(r.perpetratorId)}` : '', ': ',
      el('span.figure', num(r.killed)), ' killed',
      r.civiliansKilled ? [' (', el('span.figure', num(r.civiliansKilled)), ' civilians)'] : '',
      r.wounded ? [', ', el('span.figure', num(r.wounded)), ' wounded'] : '',
      el('span.muted', ` · ${cat.source(r.sourceId)}`)];
  } else if (r.type === 'toll') {
    head = [el('b', cat.source(r.sourceId)), ': ', el('span.figure', num(r.value)), ' ', (CATEGORY_NAMES[r.category] || r.category).toLowerCase(),
      r.actorId ? ` (${cat.actor(r.actorId)})` : '', r.since ? el('span.muted', [' since ', timeEl(r.since)]) : ''];
  } else {
    head = [el('b', r.type)];
  }
  return el('li', { dataset: { report: r.id, type: r.type } },
    el('span.tl-dot.' + dot, { 'aria-hidden': 'true' }),
    el('div.tl-head', el('span', head), timeEl(r.observedAt)),
    r.text || safeUrl(r.url) ? el('div.tl-text', r.text || '', safeUrl(r.url) ? [' ', el('a', { href: safeUrl(r.url), rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source \u2197')] : null) : null,
    note ? el('div.tl-note', note) : null);
}

/** Only http(s) links from reports become clickable (never javascript: or data:). */
function safeUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function banner(message) {
  $('banner').replaceChildren(message ? el('div.banner.error', { role: 'alert' }, message) : '');
}

main();
