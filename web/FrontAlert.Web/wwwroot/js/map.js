// The control map: one marker per location, coloured by the controlling side; hatched when only claimed, outlined
// when contested, hatched in the holder's and the challenger's colours when a claim challenges the assessed holder.
// Under the markers, the territory map (territory.js): each place's cell of the country shaded the same way.
// Live from the hub's locationUpdated. Tiles are optional (window.FRONTALERT.tiles from /config.js);
// without them the map is a plain background with the country outline, and nothing leaves the machine.

import {
  api, catalog, el, timeEl, confidenceBadge, sideEl, sideDot, params, setParams, debounce, trustBadge, challengeText, precisionText,
  SIDES, SIDE_NAMES, AREA_KINDS,
} from './core.js';
import { LiveStream } from './live.js';
import { TerritoryLayer, cellFromUpdate } from './territory.js';

const $ = id => document.getElementById(id);
const config = window.FRONTALERT || {};
const SIZE = { city: 18, town: 14, village: 12, site: 12, subdistrict: 10, district: 10, governorate: 12, country: 14 };
const SYRIA = L.latLngBounds([32.25, 35.55], [37.4, 42.45]);

let cat;
const features = new Map(); // id -> { props, marker }
// When each place last had a live update: a snapshot asked for before that is older than what the page shows.
const liveAt = new Map(); // id -> performance.now()
const areaLayer = L.layerGroup();
const placeLayer = L.layerGroup();

const map = L.map('map', {
  zoomSnap: 0.25,
  minZoom: 5.5,
  maxZoom: config.tiles ? Math.min(config.tiles.maxZoom || 18, 16) : 12,
  maxBounds: SYRIA.pad(0.6),
  attributionControl: Boolean(config.tiles),
  keyboard: true,
  worldCopyJump: false,
});
const narrow = matchMedia('(max-width: 640px)').matches;
map.fitBounds(SYRIA, narrow
  ? { paddingTopLeft: [8, 64], paddingBottomRight: [8, 56] }
  : { paddingTopLeft: [24, 72], paddingBottomRight: [24, 16] });

// a click on a cell opens its place, as a click on the marker does
const territory = new TerritoryLayer(map, { onOpen: id => features.get(id)?.marker.openPopup() });

if (config.tiles?.url) {
  L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution || '', maxZoom: config.tiles.maxZoom || 18 }).addTo(map);
} else {
  $('map').classList.add('no-tiles');
}

async function main() {
  drawBackdrop();
  try {
    cat = await catalog();
    await refresh();
  } catch (e) {
    $('last-change').textContent = `The server cannot be reached (${e.message}); retrying…`;
    setTimeout(main, 3000);
    return;
  }
  placeLayer.addTo(map);
  if ($('show-areas').checked) areaLayer.addTo(map);
  territory.show($('show-territory').checked);
  $('show-territory').addEventListener('change', e => territory.show(e.target.checked));
  $('show-areas').addEventListener('change', e => (e.target.checked ? areaLayer.addTo(map) : areaLayer.remove()));
  wireLegend();
  wireSearch();
  const focus = params().get('focus');
  if (focus && features.has(focus)) openPlace(focus, false);
  map.on('zoomend', labelTowns);
  labelTowns();
  map.on('popupclose', () => setParams({ focus: null }));

  const resync = throttle(() => refresh().catch(() => {}), 4000);
  new LiveStream({
    // every place's updates (empty scopes = everything); of the alerts, only critical ones, as a hint
    filter: () => ({ scopeIds: [], minSeverity: 'critical' }),
    afterSeq: null, // the map shows the present; the feed has the history
    onLocation: update => applyUpdate(update),
    onAlert: alert => showLatest(alert),
    onResync: resync, // after a reconnect (updates are not replayed) or while polling: reload the snapshot
    statusEl: $('conn'),
  }).start();
}

/** The country outline on a plain background, and the neighbours' names for orientation. */
async function drawBackdrop() {
  try {
    const outline = await (await fetch('/geo/syria.json')).json();
    L.geoJSON(outline, {
      interactive: false,
      style: {
        color: '#4f5d6b', weight: 1.6, opacity: 0.9,
        fillColor: '#fbf9f3', fillOpacity: config.tiles ? 0.08 : 1,
      },
    }).addTo(map);
  } catch { /* markers still show */ }
  if (config.tiles) return;
  const labels = [
    ['Türkiye', 37.55, 37.4], ['Iraq', 34.6, 42.15], ['Jordan', 32.0, 37.4], ['Lebanon', 33.95, 35.55, 'minor'],
    ['Mediterranean Sea', 35.05, 35.0, 'sea minor'], ['Israel', 32.7, 35.2, 'minor'],
  ];
  for (const [name, lat, lon, kind] of labels) {
    L.marker([lat, lon], {
      interactive: false, keyboard: false,
      icon: L.divIcon({ className: 'country-label' + (kind ? ' ' + kind : ''), html: el('span', name), iconSize: null }),
    }).addTo(map);
  }
}

const capitals = new Set(); // cities at their governorate's coordinates keep their label when zoomed out

async function refresh() {
  const asked = performance.now();
  const newer = id => (liveAt.get(id) ?? -Infinity) > asked;
  await Promise.all([refreshPlaces(newer), territory.refresh(newer)]);
}

/** Reloads the places; one updated live while the snapshot was on its way keeps what the update said. */
async function refreshPlaces(newer) {
  const geo = await api('/map');
  const seats = new Set(geo.features.filter(f => f.properties.kind === 'governorate').map(f => f.geometry.coordinates.join()));
  for (const f of geo.features) if (f.properties.kind === 'city' && seats.has(f.geometry.coordinates.join())) capitals.add(f.properties.id);
  for (const f of geo.features) {
    const props = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const known = features.get(props.id);
    if (known && newer(props.id)) continue;
    if (known) {
      const changed = known.props.side !== props.side || known.props.confidence !== props.confidence || known.props.actorId !== props.actorId
        || challengeKey(known.props) !== challengeKey(props);
      known.props = props;
      if (changed) restyle(props.id, true);
    } else {
      add(props, lat, lon);
    }
  }
  updateLegend();
}

function add(props, lat, lon) {
  const area = AREA_KINDS.has(props.kind);
  const marker = L.marker([lat, lon], {
    icon: iconFor(props),
    keyboard: true,
    riseOnHover: true,
    zIndexOffset: area ? -1000 : (props.kind === 'city' ? 500 : 0),
    title: props.name,
  });
  marker.bindPopup(() => popup(props.id), { maxWidth: 290, autoPanPaddingTopLeft: [16, 76], autoPanPaddingBottomRight: [16, 16] });
  marker.on('popupopen', () => setParams({ focus: props.id }));
  if (!area && (props.kind === 'city' || props.kind === 'town')) {
    // an element, never a string: Leaflet puts a string tooltip in as HTML, and the name comes from an operator
    marker.bindTooltip(el('span', props.name), {
      permanent: true, direction: 'right', offset: [SIZE[props.kind] / 2 + 1, 0], className: 'place-label ' + props.kind + (capitals.has(props.id) ? ' capital' : ''), interactive: false,
    });
  }
  features.set(props.id, { props, marker, area });
  marker.on('add', () => label(props.id));
  (area ? areaLayer : placeLayer).addLayer(marker);
}

function iconFor(p) {
  const size = SIZE[p.kind] || 12;
  const classes = ['pm', p.side || 'unknown'];
  if (AREA_KINDS.has(p.kind)) classes.push('area');
  if (p.side && p.challenge) {
    classes.push('challenged', 'by-' + p.challenge.side);
    if (p.challenge.confidence === 'contested') classes.push('contested-challenge');
  } else if (p.side && p.confidence && p.confidence !== 'confirmed') classes.push(p.confidence);
  return L.divIcon({
    className: 'place-marker',
    html: el('span', { class: classes.join(' ') }),
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

/** Accessible name and test hooks on the marker element; Leaflet renders it as a focusable role=button. */
function label(id) {
  const { props, marker } = features.get(id);
  const node = marker.getElement();
  if (!node) return;
  const holder = props.side ? `${cat.actor(props.actorId)} (${SIDE_NAMES[props.side]}), ${props.confidence}` : 'control unknown';
  const challenged = props.challenge ? `; challenged: ${challengeText(props.challenge, cat)}` : '';
  node.setAttribute('aria-label', `${props.name}: ${holder}${challenged}`);
  node.dataset.id = id;
  node.dataset.side = props.side || 'unknown';
  node.dataset.confidence = props.confidence || '';
  node.dataset.challenger = props.challenge?.side || '';
}

function restyle(id, flash) {
  const f = features.get(id);
  f.marker.setIcon(iconFor(f.props));
  label(id);
  if (f.marker.isPopupOpen()) f.marker.setPopupContent(popup(id));
  if (flash) {
    const dot = f.marker.getElement()?.querySelector('.pm');
    dot?.classList.add('changed');
  }
}

function applyUpdate(update) {
  liveAt.set(update.locationId, performance.now());
  territory.set(update.locationId, cellFromUpdate(update));
  const f = features.get(update.locationId);
  if (!f) return;
  const c = update.control;
  const before = f.props;
  f.props = {
    ...f.props,
    side: c?.side ?? null, actorId: c?.actorId ?? null, status: c?.status ?? null,
    confidence: c?.confidence ?? null, since: c?.since ?? null, sourceIds: c?.sourceIds ?? [],
    precision: c?.precision ?? null,
    challenge: update.challenge ?? null,
  };
  f.tolls = update.tolls;
  const changed = before.side !== f.props.side || before.actorId !== f.props.actorId || before.confidence !== f.props.confidence
    || challengeKey(before) !== challengeKey(f.props);
  restyle(update.locationId, changed);
  if (!changed || !c) return;
  updateLegend();
  $('last-change').replaceChildren(
    el('div', el('a', { href: `/location.html?id=${encodeURIComponent(update.locationId)}` }, f.props.name), ' ', confidenceBadge(c.confidence)),
    el('div', { style: 'margin-top:4px' },
      before.side && before.side !== c.side ? [sideDot(before.side), ` ${SIDE_NAMES[before.side]} `, el('span.arrow', '→'), ' '] : null,
      sideDot(c.side), ` ${SIDE_NAMES[c.side]}`),
    el('div.last', `${cat.actor(c.actorId)}, ${c.status} · `, timeEl(c.since, { relative: true })));
}

function showLatest(alert) {
  // alerts are shown in full on the feed; here only as a hint in the change box's title
  $('last-change').title = `Latest alert: ${alert.title}`;
}

function popup(id) {
  const { props, tolls } = features.get(id);
  const p = props;
  const body = el('div.popup');
  body.append(el('h3', el('a', { href: `/location.html?id=${encodeURIComponent(id)}` }, p.name)));
  const parent = cat.locations.get(cat.locations.get(id)?.parentId);
  body.append(el('div.kind', p.kind + (parent ? ` · ${parent.name}` : '')));
  const dl = el('dl');
  if (p.side) {
    dl.append(
      el('dt', 'Held by'), el('dd', sideEl(p.side, cat.actor(p.actorId))),
      el('dt', 'Status'), el('dd', p.status || '—'),
      el('dt', 'Since'), el('dd', timeEl(p.since, { relative: true })),
      el('dt', 'Confidence'), el('dd', confidenceBadge(p.confidence)),
      ...(precisionText(p.precision) ? [el('dt', 'Precision'), el('dd.precision', precisionText(p.precision))] : []),
      el('dt', 'Sources'), el('dd', p.sourceIds?.length
        ? p.sourceIds.map((s, i) => [i ? ', ' : '', cat.source(s), ' ', trustBadge(cat.sources.get(s)?.trust)])
        : '—'));
    if (p.challenge) {
      dl.append(el('dt', 'Challenged'), el('dd', { dataset: { challenge: p.challenge.side } },
        sideEl(p.challenge.side, challengeText(p.challenge, cat)), ' ', confidenceBadge(p.challenge.confidence)));
    }
  } else {
    dl.append(el('dt', 'Held by'), el('dd.muted', AREA_KINDS.has(p.kind) ? 'an area: see its places' : 'no report yet'));
  }
  if (tolls?.killed?.effective) dl.append(el('dt', 'Killed'), el('dd', String(tolls.killed.effective)));
  body.append(dl, el('a.btn.small', { href: `/location.html?id=${encodeURIComponent(id)}` }, 'Open location page'));
  return body;
}

/** What identifies a challenge for redrawing: who challenges and how surely. */
function challengeKey(p) {
  return p.challenge ? `${p.challenge.side}/${p.challenge.actorId}/${p.challenge.confidence}` : '';
}

function updateLegend() {
  const counts = Object.fromEntries([...SIDES, 'unknown'].map(s => [s, 0]));
  for (const { props, area } of features.values()) if (!area) counts[props.side || 'unknown']++;
  $('legend-sides').replaceChildren(...[...SIDES, 'unknown'].map(side => el('li',
    el('span.sym.pm.' + side, { 'aria-hidden': 'true' }), SIDE_NAMES[side], el('span.count', { 'aria-label': `${counts[side]} places` }, String(counts[side])))));
}

function wireLegend() {
  const toggle = $('legend-toggle');
  const body = $('legend-body');
  if (matchMedia('(max-width: 640px)').matches) { body.hidden = true; toggle.textContent = 'Show'; toggle.setAttribute('aria-expanded', 'false'); }
  toggle.addEventListener('click', () => {
    body.hidden = !body.hidden;
    toggle.textContent = body.hidden ? 'Show' : 'Hide';
    toggle.setAttribute('aria-expanded', String(!body.hidden));
  });
}

function wireSearch() {
  const input = $('place-search');
  const results = $('place-results');
  input.addEventListener('input', debounce(() => {
    const q = input.value.trim().toLowerCase();
    results.replaceChildren();
    if (!q) return;
    const hits = [...features.values()].filter(f => f.props.name.toLowerCase().includes(q)).slice(0, 8);
    results.append(...hits.map(f => el('li', el('button', {
      type: 'button', onclick: () => { input.value = ''; results.replaceChildren(); openPlace(f.props.id, true); },
    }, el('span.side-dot.' + (f.props.side || 'unknown'), { 'aria-hidden': 'true' }), f.props.name, el('span.muted.small', f.props.kind)))));
  }, 100));
  input.addEventListener('keydown', e => { if (e.key === 'Enter') results.querySelector('button')?.click(); });
}

function openPlace(id, fly) {
  const f = features.get(id);
  if (!f) return;
  if (f.area && !map.hasLayer(areaLayer)) areaLayer.addTo(map);
  const target = f.marker.getLatLng();
  if (fly) map.flyTo(target, Math.max(map.getZoom(), 9), { duration: 0.6 });
  else map.setView(target, Math.max(map.getZoom(), 8));
  setTimeout(() => f.marker.openPopup(), fly ? 650 : 0);
}

function labelTowns() {
  $('map').classList.toggle('show-towns', map.getZoom() >= 8.5);
  $('map').classList.toggle('few-labels', map.getZoom() < 6.5);
}

function throttle(fn, ms) {
  let last = 0;
  let timer;
  return () => {
    const wait = last + ms - Date.now();
    if (wait <= 0) { last = Date.now(); fn(); }
    else if (!timer) timer = setTimeout(() => { timer = null; last = Date.now(); fn(); }, wait);
  };
}

main();
