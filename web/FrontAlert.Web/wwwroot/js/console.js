// The operator console: sign in with an API key (kept in this tab's sessionStorage), then manage rules, silences
// and sources. Validation problems from the API (RFC 7807, errors: {field: [messages]}) are shown next to the field.

import {
  api, ApiError, catalog, el, timeEl, severityChip, trustBadge, toast, num,
  KIND_NAMES, CATEGORY_NAMES, SIDE_NAMES,
} from './core.js';

const $ = id => document.getElementById(id);
const KEY = 'frontalert.operatorKey';
let key = sessionStorage.getItem(KEY);
let cat;
let rules = [];
let editing = null; // the rule being edited, or null for a new one

// ---------- sign-in ----------

async function main() {
  wire();
  cat = await catalog().catch(() => null);
  if (key && await verify(key).catch(() => false)) showConsole();
  else showSignIn();
}

async function verify(candidate) {
  try {
    await api('/silences', { key: candidate });
    return true;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      throw new Error(e.status === 401 ? 'This key is not valid.' : 'This key does not have the operator role.');
    }
    throw new Error(`The server cannot be reached (${e.message}).`);
  }
}

function showSignIn(message) {
  $('console').hidden = true;
  $('signout').hidden = true;
  $('signin').hidden = false;
  $('api-key-error').textContent = message || '';
  $('api-key').setAttribute('aria-invalid', message ? 'true' : 'false');
  $('api-key').focus();
}

async function signIn(e) {
  e.preventDefault();
  const candidate = $('api-key').value.trim();
  if (!candidate) return showSignIn('Enter an API key.');
  try {
    await verify(candidate);
  } catch (error) {
    return showSignIn(error.message);
  }
  key = candidate;
  sessionStorage.setItem(KEY, key);
  $('api-key').value = '';
  showConsole();
}

function signOut(message) {
  key = null;
  sessionStorage.removeItem(KEY);
  showSignIn(message);
}

async function showConsole() {
  $('signin').hidden = true;
  $('console').hidden = false;
  $('signout').hidden = false;
  cat ??= await catalog();
  fillSelects();
  route();
}

/** Calls the API as the operator; a 401 means the key stopped working: back to sign-in. */
async function call(path, options = {}) {
  try {
    return await api(path, { ...options, key });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) signOut('Your key was refused; sign in again.');
    throw e;
  }
}

// ---------- tabs ----------

function route() {
  const tab = ['rules', 'silences', 'sources'].includes(location.hash.slice(1)) ? location.hash.slice(1) : 'rules';
  for (const name of ['rules', 'silences', 'sources']) {
    $(name).hidden = name !== tab;
    $('tab-' + name).setAttribute('aria-selected', String(name === tab));
  }
  ({ rules: loadRules, silences: loadSilences, sources: loadSources })[tab]();
}

// ---------- rules ----------

async function loadRules() {
  try {
    rules = await call('/rules');
  } catch (e) {
    $('rules-table').replaceChildren(el('div.panel-body.banner.error', `Could not load the rules: ${e.message}`));
    return;
  }
  if (!rules.length) {
    $('rules-table').replaceChildren(el('div.empty', { style: 'margin:16px;border-style:dashed' }, 'No rules yet. A rule decides which events raise alerts.'));
    return;
  }
  $('rules-table').replaceChildren(el('table.data.responsive', { id: 'rules-list' },
    el('thead', el('tr', ['Rule', 'Fires on', 'Area', 'Severity', 'Enabled', 'Last fired', ''].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', rules.map(ruleRow))));
}

function ruleRow(r) {
  const toggle = el('button.switch', {
    type: 'button', role: 'switch', 'aria-checked': String(r.enabled), 'aria-label': `${r.enabled ? 'Disable' : 'Enable'} rule ${r.id}`,
    onclick: () => setEnabled(r, !r.enabled),
  });
  return el('tr' + (r.enabled ? '' : '.disabled'), { dataset: { rule: r.id } },
    el('td', { 'data-label': 'Rule' }, el('div.rule-name', r.name || r.id), r.name ? el('code.muted', r.id) : null),
    el('td', { 'data-label': 'Fires on' }, el('div', KIND_NAMES[r.kind] || r.kind), el('div.rule-cond', conditions(r))),
    el('td', { 'data-label': 'Area' }, el('a', { href: `/location.html?id=${encodeURIComponent(r.scopeId)}` }, cat.place(r.scopeId))),
    el('td', { 'data-label': 'Severity' }, severityChip(r.severity)),
    el('td', { 'data-label': 'Enabled' }, toggle),
    el('td', { 'data-label': 'Last fired', 'data-last-fired': r.lastFiredAt || '' }, r.lastFiredAt ? timeEl(r.lastFiredAt, { relative: true }) : el('span.muted', 'never')),
    el('td.actions', el('button.btn.small', { type: 'button', onclick: () => openRule(r), 'aria-label': `Edit rule ${r.id}` }, 'Edit'), ' ',
      el('button.btn.small.danger', { type: 'button', onclick: () => deleteRule(r), 'aria-label': `Delete rule ${r.id}` }, 'Delete')));
}

function conditions(r) {
  switch (r.kind) {
    case 'control-change':
      return { confirmed: 'confirmed changes', contested: 'contests and confirmed changes', claimed: 'every claim, contest and change' }[r.minConfidence] || r.minConfidence;
    case 'toll-threshold':
      return `${CATEGORY_NAMES[r.category] || r.category} ≥ ${num(r.threshold)}${r.minTrust ? `, sources ≥ ${r.minTrust}` : ''}${r.actorId ? `, ${cat.actor(r.actorId)} only` : ''}`;
    case 'toll-divergence':
      return `${CATEGORY_NAMES[r.category] || r.category} figures ${r.ratio}× apart${r.minTrust ? `, sources ≥ ${r.minTrust}` : ''}`;
    case 'inhibit':
      return `${r.sourceRuleId} holds ${(r.targetRuleIds || []).join(', ')} for ${r.window}`;
    case 'strike':
      return [r.minKilled !== null && r.minKilled !== undefined ? `≥ ${r.minKilled} killed` : null,
        r.minCiviliansKilled !== null && r.minCiviliansKilled !== undefined ? `≥ ${r.minCiviliansKilled} civilians killed` : null].filter(Boolean).join(' or ');
    default:
      return '';
  }
}

/** The rule's own fields, as PUT /rules/{id} takes them. */
function body(r) {
  const b = { name: r.name, kind: r.kind, scopeId: r.scopeId, severity: r.severity, enabled: r.enabled };
  if (r.kind === 'control-change') Object.assign(b, { minConfidence: r.minConfidence, flapChanges: r.flapChanges, flapWindow: r.flapWindow });
  if (r.kind === 'toll-threshold') Object.assign(b, { category: r.category, threshold: r.threshold, minTrust: r.minTrust, actorId: r.actorId });
  if (r.kind === 'toll-divergence') Object.assign(b, { category: r.category, ratio: r.ratio, minTrust: r.minTrust, actorId: r.actorId });
  if (r.kind === 'inhibit') Object.assign(b, { sourceRuleId: r.sourceRuleId, targetRuleIds: r.targetRuleIds, window: r.window });
  if (r.kind === 'strike') Object.assign(b, { minKilled: r.minKilled, minCiviliansKilled: r.minCiviliansKilled });
  return b;
}

async function setEnabled(r, enabled) {
  try {
    await call(`/rules/${encodeURIComponent(r.id)}`, { method: 'PUT', body: { ...body(r), enabled } });
    toast(`Rule ${r.id} ${enabled ? 'enabled' : 'disabled'}`);
  } catch (e) {
    toast(`Could not change rule ${r.id}: ${describe(e)}`, 'error');
  }
  loadRules();
}

async function deleteRule(r) {
  if (!confirm(`Delete rule “${r.name || r.id}”? Alerts it raised stay in the log.`)) return;
  try {
    await call(`/rules/${encodeURIComponent(r.id)}`, { method: 'DELETE' });
    toast(`Rule ${r.id} deleted`);
  } catch (e) {
    toast(`Could not delete rule ${r.id}: ${describe(e)}`, 'error');
  }
  loadRules();
}

function openRule(r) {
  editing = r || null;
  const form = $('rule-form');
  form.reset();
  clearErrors(form, 'rule-form-error');
  $('rule-dialog-h').textContent = r ? `Edit rule ${r.id}` : 'New rule';
  $('rule-id').value = r?.id || '';
  $('rule-id').readOnly = Boolean(r);
  $('rule-name').value = r?.name || '';
  $('rule-kind').value = r?.kind || 'control-change';
  $('rule-severity').value = r?.severity || 'warning';
  $('rule-scope').value = r?.scopeId || 'sy';
  $('rule-minConfidence').value = r?.minConfidence || 'confirmed';
  $('rule-category').value = r?.category || '';
  $('rule-threshold').value = r?.threshold ?? '';
  $('rule-minTrust').value = r?.minTrust || '';
  $('rule-actorId').value = r?.actorId || '';
  $('rule-minKilled').value = r?.minKilled ?? '';
  $('rule-minCiviliansKilled').value = r?.minCiviliansKilled ?? '';
  $('rule-enabled').checked = r ? r.enabled : true;
  $('rule-flapChanges').value = r?.flapChanges ?? '';
  $('rule-flapWindow').value = r?.flapWindow || '';
  $('rule-ratio').value = r?.ratio ?? '';
  $('rule-window').value = r?.window || '';
  const others = rules.filter(o => o.id !== r?.id && o.kind !== 'inhibit');
  const ruleOption = o => el('option', { value: o.id }, o.name ? `${o.name} (${o.id})` : o.id);
  $('rule-sourceRuleId').replaceChildren(el('option', { value: '' }, 'Choose…'), ...others.map(ruleOption));
  $('rule-sourceRuleId').value = r?.sourceRuleId || '';
  $('rule-targetRuleIds').replaceChildren(...others.map(ruleOption));
  for (const option of $('rule-targetRuleIds').options) option.selected = (r?.targetRuleIds || []).includes(option.value);
  showKind();
  $('rule-dialog').showModal();
  (r ? $('rule-name') : $('rule-id')).focus();
}

function showKind() {
  const kind = $('rule-kind').value;
  for (const group of $('rule-form').querySelectorAll('[data-kind]')) group.hidden = !group.dataset.kind.split(' ').includes(kind);
}

async function saveRule(e) {
  e.preventDefault();
  const form = $('rule-form');
  clearErrors(form, 'rule-form-error');
  const id = $('rule-id').value.trim();
  if (!id) return showErrors(form, 'rule-form-error', { id: ['is required'] });
  const kind = $('rule-kind').value;
  const numberOf = input => (input.value === '' ? (input.validity.badInput ? 'not a number' : undefined) : Number(input.value));
  const b = {
    name: $('rule-name').value.trim() || null, kind, severity: $('rule-severity').value, enabled: $('rule-enabled').checked,
  };
  if (kind !== 'inhibit') b.scopeId = $('rule-scope').value; // an inhibit rule lives with its source rule
  const text = input => input.value.trim() || null;
  if (kind === 'control-change') {
    Object.assign(b, { minConfidence: $('rule-minConfidence').value, flapChanges: numberOf($('rule-flapChanges')), flapWindow: text($('rule-flapWindow')) });
  }
  if (kind === 'toll-divergence') {
    Object.assign(b, {
      category: $('rule-category').value || null, ratio: numberOf($('rule-ratio')),
      minTrust: $('rule-minTrust').value || null, actorId: $('rule-actorId').value || null,
    });
  }
  if (kind === 'inhibit') {
    Object.assign(b, {
      sourceRuleId: $('rule-sourceRuleId').value || null,
      targetRuleIds: [...$('rule-targetRuleIds').selectedOptions].map(o => o.value),
      window: text($('rule-window')),
    });
  }
  if (kind === 'toll-threshold') {
    Object.assign(b, {
      category: $('rule-category').value || null, threshold: numberOf($('rule-threshold')),
      minTrust: $('rule-minTrust').value || null, actorId: $('rule-actorId').value || null,
    });
  }
  if (kind === 'strike') Object.assign(b, { minKilled: numberOf($('rule-minKilled')), minCiviliansKilled: numberOf($('rule-minCiviliansKilled')) });
  if (!editing && rules.some(r => r.id === id)) return showErrors(form, 'rule-form-error', { id: ['a rule with this id exists: edit it instead'] });
  const save = $('rule-save');
  save.disabled = true;
  try {
    await call(`/rules/${encodeURIComponent(id)}`, { method: 'PUT', body: b });
    $('rule-dialog').close();
    toast(editing ? `Rule ${id} saved` : `Rule ${id} created`);
    loadRules();
  } catch (error) {
    showErrors(form, 'rule-form-error', fieldErrors(error));
  } finally {
    save.disabled = false;
  }
}

// ---------- silences ----------

async function loadSilences() {
  let silences;
  try {
    [silences, rules] = await Promise.all([call('/silences'), call('/rules')]);
  } catch (e) {
    $('silences-table').replaceChildren(el('div.panel-body.banner.error', `Could not load the silences: ${describe(e)}`));
    return;
  }
  fillRuleOptions();
  const now = Date.now();
  if (!silences.length) {
    $('silences-table').replaceChildren(el('div.empty', { style: 'margin:16px' }, 'Nothing is silenced.'));
    return;
  }
  $('silences-table').replaceChildren(el('table.data.responsive', { id: 'silences-list' },
    el('thead', el('tr', ['Rule', 'Area', 'Until', 'Reason', 'Created', ''].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', silences.map(s => el('tr' + (new Date(s.until).getTime() < now ? '.disabled' : ''), { dataset: { silence: s.id } },
      el('td', { 'data-label': 'Rule' }, s.ruleId ? el('code', s.ruleId) : el('span.muted', 'every rule')),
      el('td', { 'data-label': 'Area' }, s.scopeId ? cat.place(s.scopeId) : el('span.muted', 'everywhere')),
      el('td', { 'data-label': 'Until' }, timeEl(s.until, { relative: true })),
      el('td', { 'data-label': 'Reason' }, s.reason || el('span.muted', '—')),
      el('td', { 'data-label': 'Created' }, timeEl(s.createdAt)),
      el('td.actions', el('button.btn.small.danger', { type: 'button', onclick: () => liftSilence(s), 'aria-label': `Lift silence on ${s.ruleId || s.scopeId}` }, 'Lift')))))));
}

async function liftSilence(s) {
  try {
    await call(`/silences/${encodeURIComponent(s.id)}`, { method: 'DELETE' });
    toast('Silence lifted');
  } catch (e) {
    toast(`Could not lift the silence: ${describe(e)}`, 'error');
  }
  loadSilences();
}

function openSilence() {
  const form = $('silence-form');
  form.reset();
  clearErrors(form, 'silence-form-error');
  fillRuleOptions();
  $('silence-until').disabled = true;
  $('silence-dialog').showModal();
  $('silence-ruleId').focus();
}

async function saveSilence(e) {
  e.preventDefault();
  const form = $('silence-form');
  clearErrors(form, 'silence-form-error');
  const span = $('silence-for').value;
  let until;
  if (span === 'custom') {
    if (!$('silence-until').value) return showErrors(form, 'silence-form-error', { until: ['is required'] }, 'err-s-');
    until = new Date($('silence-until').value).toISOString();
  } else {
    until = new Date(Date.now() + Number(span) * 3600_000).toISOString();
  }
  const b = { ruleId: $('silence-ruleId').value || null, scopeId: $('silence-scopeId').value || null, until, reason: $('silence-reason').value.trim() || null };
  try {
    await call('/silences', { method: 'POST', body: b });
    $('silence-dialog').close();
    toast('Silenced');
    loadSilences();
  } catch (error) {
    showErrors(form, 'silence-form-error', fieldErrors(error), 'err-s-');
  }
}

// ---------- sources ----------

async function loadSources() {
  let sources;
  try {
    sources = await call('/sources');
  } catch (e) {
    $('sources-table').replaceChildren(el('div.panel-body.banner.error', `Could not load the sources: ${describe(e)}`));
    return;
  }
  $('sources-table').replaceChildren(el('table.data.responsive', { id: 'sources-list' },
    el('thead', el('tr', ['Source', 'Trust', 'Speaks for', ''].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', sources.map(s => {
      const trust = el('select', { 'aria-label': `Trust of ${s.name}`, style: 'max-width:160px' },
        ['monitor', 'media', 'partisan', 'unverified'].map(t => el('option', { value: t, selected: t === s.trust }, t)));
      trust.addEventListener('change', () => saveSourceTrust(s, trust.value));
      return el('tr', { dataset: { source: s.id } },
        el('td', { 'data-label': 'Source' }, el('div.rule-name', s.name), el('code.muted', s.id)),
        el('td', { 'data-label': 'Trust' }, trust),
        el('td', { 'data-label': 'Speaks for' }, s.side ? SIDE_NAMES[s.side] : el('span.muted', 'no side')),
        el('td.actions', el('button.btn.small', { type: 'button', onclick: () => openSource(s), 'aria-label': `Edit source ${s.id}` }, 'Edit')));
    }))));
}

async function saveSourceTrust(s, trust) {
  try {
    await call(`/sources/${encodeURIComponent(s.id)}`, { method: 'PUT', body: { name: s.name, trust, side: s.side } });
    toast(`${s.name}: trust is now ${trust}`);
  } catch (e) {
    toast(`Could not change ${s.name}: ${describe(e)}`, 'error');
  }
  loadSources();
}

function openSource(s) {
  const form = $('source-form');
  form.reset();
  clearErrors(form, 'source-form-error');
  $('source-dialog-h').textContent = s ? `Edit source ${s.id}` : 'New source';
  $('source-id').value = s?.id || '';
  $('source-id').readOnly = Boolean(s);
  $('source-name').value = s?.name || '';
  $('source-trust').value = s?.trust || 'media';
  $('source-side').value = s?.side || '';
  $('source-dialog').showModal();
  (s ? $('source-name') : $('source-id')).focus();
}

async function saveSource(e) {
  e.preventDefault();
  const form = $('source-form');
  clearErrors(form, 'source-form-error');
  const id = $('source-id').value.trim();
  if (!id) return showErrors(form, 'source-form-error', { id: ['is required'] }, 'err-src-');
  try {
    await call(`/sources/${encodeURIComponent(id)}`, {
      method: 'PUT', body: { name: $('source-name').value.trim(), trust: $('source-trust').value, side: $('source-side').value || null },
    });
    $('source-dialog').close();
    toast(`Source ${id} saved`);
    loadSources();
  } catch (error) {
    showErrors(form, 'source-form-error', fieldErrors(error), 'err-src-');
  }
}

// ---------- forms ----------

function fieldErrors(error) {
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length) return error.fieldErrors;
  return { $: [describe(error)] };
}

function describe(e) {
  return e instanceof ApiError ? (e.problem.detail || e.problem.title || `HTTP ${e.status}`) : e.message;
}

function clearErrors(form, summaryId) {
  for (const p of form.querySelectorAll('.field-error')) p.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  $(summaryId).hidden = true;
  $(summaryId).replaceChildren();
}

/** Puts each field's messages under its input; what has no input goes in the summary at the top. */
function showErrors(form, summaryId, errors, prefix = 'err-') {
  const unplaced = [];
  let first = null;
  for (const [field, messages] of Object.entries(errors)) {
    const slot = form.querySelector(`#${CSS.escape(prefix + field)}`);
    const text = messages.join(' ');
    if (slot && field !== '$') {
      slot.textContent = text;
      const input = form.querySelector(`[aria-describedby~="${CSS.escape(slot.id)}"]`);
      input?.setAttribute('aria-invalid', 'true');
      first ??= input;
      const group = input?.closest('[data-kind]');
      if (group?.hidden) unplaced.push(`${field}: ${text}`);
    } else {
      unplaced.push(field === '$' ? text : `${field}: ${text}`);
    }
  }
  const summary = $(summaryId);
  summary.replaceChildren(...[unplaced.length && !first ? 'The server refused this:' : 'Please correct the highlighted fields.',
    unplaced.length ? el('ul', unplaced.map(m => el('li', m))) : null].filter(Boolean));
  summary.hidden = false;
  (first || summary).focus?.();
}

function fillSelects() {
  const places = cat.flat();
  const placeOption = p => el('option', { value: p.id }, `${'\u2003'.repeat(p.depth)}${p.name}`);
  $('rule-scope').replaceChildren(...places.map(placeOption));
  $('silence-scopeId').replaceChildren(el('option', { value: '' }, 'Everywhere'), ...places.map(placeOption));
  $('rule-actorId').replaceChildren(el('option', { value: '' }, 'All parties'),
    ...[...cat.actors.values()].sort((a, b) => a.name.localeCompare(b.name)).map(a => el('option', { value: a.id }, `${a.name} (${SIDE_NAMES[a.side]})`)));
}

function fillRuleOptions() {
  const current = $('silence-ruleId').value;
  $('silence-ruleId').replaceChildren(el('option', { value: '' }, 'Every rule (in the area below)'),
    ...rules.map(r => el('option', { value: r.id }, r.name ? `${r.name} (${r.id})` : r.id)));
  $('silence-ruleId').value = current;
}

function wire() {
  $('signin-form').addEventListener('submit', signIn);
  $('signout').addEventListener('click', () => signOut());
  window.addEventListener('hashchange', () => { if (key) route(); });
  $('new-rule').addEventListener('click', () => openRule(null));
  $('rule-form').addEventListener('submit', saveRule);
  $('rule-kind').addEventListener('change', showKind);
  $('new-silence').addEventListener('click', openSilence);
  $('silence-form').addEventListener('submit', saveSilence);
  $('silence-for').addEventListener('change', e => { $('silence-until').disabled = e.target.value !== 'custom'; });
  $('new-source').addEventListener('click', () => openSource(null));
  $('source-form').addEventListener('submit', saveSource);
  for (const button of document.querySelectorAll('dialog [data-close]')) button.addEventListener('click', () => button.closest('dialog').close());
}

main();
