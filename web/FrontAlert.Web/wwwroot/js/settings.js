// The notification settings page: this browser's Subscription as the server has it (GET /subscriptions/{id} with its
// token: filter and delivery state), a form to change it (a new Subscription replaces the old one) and a way to
// stop all notifications. Everything the server says is shown as text.

import { catalog, el, timeEl, toast, KIND_NAMES, SEVERITIES } from './core.js';
import { SEVERITY_NAMES, describe, fetchServerView, forget, keyChanged, registerWorker, stored, subscribe, unsubscribe, unsupportedReason } from './push.js';

const $ = id => document.getElementById(id);
// Alert kinds a Subscription may ask for: those rules raise, corrections of earlier alerts, and a place flapping
// between holders (an inhibit rule raises none of its own).
const KINDS = { ...KIND_NAMES, 'toll-divergence': 'Toll divergence', correction: 'Correction', contested: 'Contested (flapping)' };
const FILTER_FIELDS = new Set(['id', 'channel', 'endpoint', 'keys', 'token', 'secret', 'url', 'format', 'scopeIds', 'minSeverity', 'kinds', 'minConfidence']);
let cat;
let areas = [];

async function main() {
  showPermission();
  if (!unsupportedReason()) registerWorker().catch(() => {});
  try {
    cat = await catalog();
  } catch (e) {
    banner(`The server cannot be reached (${e.message}). Retrying…`);
    setTimeout(main, 3000);
    return;
  }
  banner();
  buildForm();
  await load();
}

function showPermission() {
  const reason = unsupportedReason();
  $('permission').textContent = reason ? 'Not supported here'
    : { granted: 'Notifications allowed', denied: 'Notifications blocked', default: 'Not asked yet' }[Notification.permission] || '';
  if (reason) banner(reason);
}

async function load() {
  const record = stored();
  let view = null;
  if (record) {
    try {
      view = await fetchServerView(record);
    } catch (e) {
      renderCurrent(record, null, `Could not read the subscription from the server: ${describe(e)}`);
      fillForm(record);
      return;
    }
    if (!view) {
      forget();
      renderNone('The server no longer has this browser\'s subscription: it was removed, or the push service stopped accepting it. Choose areas below to subscribe again.');
      fillForm(record);
      return;
    }
  }
  if (!record) {
    renderNone('This browser gets no notifications. Choose areas below, or use “Notify me” on the live feed or a location page.');
    fillForm({ scopeIds: [], minSeverity: 'warning', kinds: [], minConfidence: null });
    return;
  }
  const merged = { ...record, ...pick(view) };
  renderCurrent(merged, view);
  fillForm(merged);
  if (await keyChanged().catch(() => false)) {
    $('current').append(el('p.field-error', { id: 'key-changed', role: 'alert' },
      'The server\'s push key changed since this browser subscribed, so its notifications cannot arrive. Press “Save changes” to subscribe again.'));
  }
}

/** The filter as the server answered it, for the fields it did answer. */
function pick(view) {
  const out = {};
  for (const name of ['scopeIds', 'minSeverity', 'kinds', 'minConfidence']) if (view?.[name] !== undefined) out[name] = view[name];
  return out;
}

function renderNone(message) {
  $('current').replaceChildren(el('p', { id: 'sub-none', style: 'margin:0' }, message));
  $('remove').hidden = true;
  $('save').textContent = 'Turn on notifications';
}

function renderCurrent(sub, view, problem) {
  const rows = [
    ['Areas', el('ul.plain', { id: 'sub-areas' }, sub.scopeIds?.length
      ? sub.scopeIds.map(id => el('li', { dataset: { id } }, el('a', { href: `/location.html?id=${encodeURIComponent(id)}` }, cat.place(id))))
      : el('li', { dataset: { id: '' } }, 'All of Syria'))],
    ['Minimum severity', el('span', { id: 'sub-severity', dataset: { value: sub.minSeverity || 'info' } }, SEVERITY_NAMES[sub.minSeverity] || sub.minSeverity || SEVERITY_NAMES.info)],
    ['Kinds', sub.kinds?.length ? sub.kinds.map(k => KINDS[k] || k).join(', ') : 'Every kind'],
    ['Control changes', { contested: 'Contested or confirmed', confirmed: 'Confirmed only' }[sub.minConfidence] || 'Every claim'],
    ['Push service', pushHost(sub.endpoint || view?.endpoint)],
  ];
  if (sub.createdAt && !view?.createdAt) rows.push(['Subscribed', timeEl(sub.createdAt)]);
  const box = [el('dl.sub-facts', { id: 'sub-view', dataset: { id: sub.id } }, rows.flatMap(([k, v]) => [el('dt', k), el('dd', v)]))];
  if (view) box.push(delivery(view));
  if (problem) box.push(el('p.field-error', problem));
  $('current').replaceChildren(...box);
  $('remove').hidden = false;
  $('save').textContent = 'Save changes';
}

/** Every other field the server answered (its delivery state: status, failures, last delivery…), as text. */
function delivery(view) {
  const rows = [];
  const walk = (prefix, value) => {
    for (const [name, v] of Object.entries(value)) {
      if (!prefix && FILTER_FIELDS.has(name)) continue;
      const label = prefix ? `${prefix} ${name}` : name;
      if (v && typeof v === 'object' && !Array.isArray(v)) walk(label, v);
      else rows.push(el('dt', humanize(label)), el('dd', { dataset: { field: label } }, show(v)));
    }
  };
  walk('', view);
  return el('section', { 'aria-labelledby': 'delivery-h' }, el('h3', { id: 'delivery-h', style: 'margin:14px 0 6px' }, 'Delivery'),
    rows.length ? el('dl.sub-facts', { id: 'sub-delivery' }, rows) : el('p.muted', { id: 'sub-delivery' }, 'Nothing delivered yet.'));
}

function show(v) {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.map(x => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') || '—';
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) return timeEl(v, { relative: true });
  return String(v);
}

// Labels for the delivery fields the server answers today; any other field is shown under its own name.
const LABELS = {
  status: 'Status', createdAt: 'Subscribed', groupWaitSeconds: 'Group wait (seconds)', groupIntervalSeconds: 'Group interval (seconds)',
  'delivery cursor': 'Delivered up to alert #', 'delivery delivered': 'Alerts delivered', 'delivery failures': 'Failures in a row',
  'delivery lastError': 'Last error', 'delivery lastAttemptAt': 'Last attempt', 'delivery lastDeliveredAt': 'Last delivered',
  'delivery nextAttemptAt': 'Next attempt',
};

function humanize(name) {
  if (LABELS[name]) return LABELS[name];
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function pushHost(endpoint) {
  try { return new URL(endpoint).host; } catch { return '—'; }
}

function buildForm() {
  $('min-severity').replaceChildren(...SEVERITIES.map(s => el('option', { value: s }, SEVERITY_NAMES[s])));
  $('add-area').replaceChildren(el('option', { value: '' }, 'Choose an area…'),
    ...cat.flat().map(l => el('option', { value: l.id }, `${'\u2003'.repeat(l.depth)}${l.name}`)));
  const kinds = $('kinds');
  for (const [value, name] of Object.entries(KINDS)) {
    kinds.append(el('label.check', el('input', { type: 'checkbox', name: 'kinds', value }), name));
  }
  $('add-area-btn').addEventListener('click', () => {
    const id = $('add-area').value;
    if (id && !areas.includes(id)) areas = [...areas, id];
    $('add-area').value = '';
    renderAreas();
  });
  $('settings-form').addEventListener('submit', save);
  $('remove').addEventListener('click', remove);
}

function fillForm(sub) {
  areas = [...(sub.scopeIds || [])];
  renderAreas();
  $('min-severity').value = SEVERITIES.includes(sub.minSeverity) ? sub.minSeverity : 'info';
  for (const box of document.querySelectorAll('input[name="kinds"]')) box.checked = (sub.kinds || []).includes(box.value);
  $('min-confidence').value = ['contested', 'confirmed'].includes(sub.minConfidence) ? sub.minConfidence : '';
}

function renderAreas() {
  $('areas').replaceChildren(...(areas.length
    ? areas.map(id => el('li', { dataset: { id } }, el('span', cat.place(id)),
      el('button.btn.small.ghost', { type: 'button', 'aria-label': `Remove ${cat.place(id)}`, onclick: () => { areas = areas.filter(a => a !== id); renderAreas(); } }, '×')))
    : [el('li.muted', 'All of Syria')]));
}

async function save(event) {
  event.preventDefault();
  const status = $('settings-status');
  status.textContent = '';
  $('save').disabled = true;
  try {
    await subscribe({
      scopeIds: areas,
      minSeverity: $('min-severity').value,
      kinds: [...document.querySelectorAll('input[name="kinds"]:checked')].map(b => b.value),
      minConfidence: $('min-confidence').value || null,
    });
    toast('Notification settings saved');
    showPermission();
    await load();
  } catch (e) {
    status.textContent = describe(e);
  } finally {
    $('save').disabled = false;
  }
}

async function remove() {
  const status = $('settings-status');
  status.textContent = '';
  try {
    await unsubscribe();
    toast('Notifications stopped on this device');
    await load();
  } catch (e) {
    status.textContent = describe(e);
  }
}

function banner(message) {
  $('banner').replaceChildren(message ? el('div.banner.warn', { role: 'alert' }, message) : '');
}

main();
